'use strict';
// globalTeardown of the reliability suite: prints the one summary line, after jest's own summary, and
// removes this run's counts file. See counters.js.
const { fs, write } = require('../support/node');
const { countsFile, readCounts, summaryLine } = require('./counters');

module.exports = async function printReliabilitySummary() {
	const totals = readCounts();
	const file = countsFile();
	if (file) fs.rmSync(file, { force: true });
	write(`${summaryLine(totals)}\n`);
};
