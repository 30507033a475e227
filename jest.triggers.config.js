/**
 * The reliability suite's trigger tests in a real n8n (issue 13, "Triggers"): test/reliability/*.e2e.ts.
 * Like the e2e tests they need the built package and the cached n8n: `npm run test:triggers` prepares both
 * (scripts/prepare.ts) and runs them; CI runs it after the e2e tests. Not part of `npm test` or of
 * jest.reliability.config.js.
 * @type {import('jest').Config}
 */
module.exports = {
	...require('./jest.e2e.config.js'),
	roots: ['<rootDir>/test/reliability'],
	testMatch: ['**/*.e2e.ts'],
	// One n8n, one load test at a time; each 1 000-callback run takes minutes (about 15 on a heavily loaded machine).
	testTimeout: 1500000,
};
