'use strict';
// Jest reporter of the reliability suite: empties this run's counts file when the run starts, and fails
// the run when a counter that must stay 0 is not. The summary line itself is printed by summary.js
// (the globalTeardown), which jest runs after every reporter, so the line is the run's last. See counters.js.
const { fs } = require('../support/node');
const { MUST_BE_ZERO, countsFile, readCounts } = require('./counters');

class ReliabilitySummaryReporter {
	constructor() {
		this.error = undefined;
	}

	onRunStart() {
		const file = countsFile();
		if (file) fs.writeFileSync(file, '');
	}

	onRunComplete() {
		const totals = readCounts();
		const bad = MUST_BE_ZERO.filter((name) => totals[name] !== 0);
		this.error = bad.length > 0 ? new Error(`reliability: ${bad.map((name) => `${name}=${totals[name]}`).join(', ')} (must be 0)`) : undefined;
	}

	getLastError() {
		return this.error;
	}
}

module.exports = ReliabilitySummaryReporter;
