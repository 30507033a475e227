'use strict';
/*
 * Reliability counters (test/reliability/, `npx jest -c jest.reliability.config.js`).
 *
 * README — how a suite reports what it checked:
 *   import { count } from './counters';
 *   count('bad_inputs');             // one malformed input refused as it must be (after its expects passed)
 *   count('requests_leaked', n);     // send requests a sandbox received where none was allowed (wanted 0)
 *   count('faults');                 // one fault case run and checked
 *   count('retried_sends', n);       // a send received more than once (n = the extra copies; wanted 0)
 *   count('secret_hits', n);         // credential values / slices found in outputs, errors or logs (wanted 0)
 *
 * Count only cases that ran and were checked: call count() after the case's assertions for the
 * good counters, and with the measured number (0 included) before asserting it for the bad ones, so the
 * summary shows the truth even when the assertion then fails.
 * Test files of this suite end in `.reliability.ts` (so `npm test` does not run them twice); jest runs
 * each file in a worker process, so counts are appended to one file per run, named by the environment
 * variable CHINA_SMS_RELIABILITY_COUNTS (set by jest.reliability.config.js). Outside that run (e.g. a file
 * started with the default jest config) count() records nothing. The reporter summaryReporter.js prints at
 * the very end:
 *   reliability: bad_inputs=<n> requests_leaked=<n> faults=<n> retried_sends=<n> secret_hits=<n>
 * and fails the run when a counter that must stay 0 is not.
 */
const { fs } = require('../support/node');

const COUNTERS = ['bad_inputs', 'requests_leaked', 'faults', 'retried_sends', 'secret_hits'];
/** Counters that count defects: the run fails unless each is 0. */
const MUST_BE_ZERO = ['requests_leaked', 'retried_sends', 'secret_hits'];
const ENV = 'CHINA_SMS_RELIABILITY_COUNTS';

function countsFile() {
	return require('../support/node').env[ENV];
}

function count(name, n = 1) {
	if (!COUNTERS.includes(name)) throw new Error(`Unknown reliability counter "${name}" (one of ${COUNTERS.join(', ')})`);
	if (!Number.isInteger(n) || n < 0) throw new Error(`Reliability counter ${name}: ${n} is not a count`);
	const file = countsFile();
	if (!file) return;
	// One short line per call with O_APPEND: lines written by parallel workers never interleave.
	fs.appendFileSync(file, `${name} ${n}\n`);
}

function readCounts(file = countsFile()) {
	const totals = Object.fromEntries(COUNTERS.map((name) => [name, 0]));
	if (!file || !fs.existsSync(file)) return totals;
	for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
		const match = /^([a-z_]+) (\d+)$/.exec(line);
		if (match && match[1] in totals) totals[match[1]] += Number(match[2]);
	}
	return totals;
}

function summaryLine(totals) {
	return `reliability: ${COUNTERS.map((name) => `${name}=${totals[name] ?? 0}`).join(' ')}`;
}

module.exports = { COUNTERS, MUST_BE_ZERO, ENV, count, readCounts, summaryLine, countsFile };
