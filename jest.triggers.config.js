/**
 * The reliability suite's trigger tests in a real n8n (issue 13, "Triggers"): test/reliability/*.e2e.ts.
 * Like the e2e tests they need `npm run build` and the cached n8n; run with
 * `npx jest -c jest.triggers.config.js`. Not part of `npm test` or of jest.reliability.config.js.
 * @type {import('jest').Config}
 */
module.exports = {
	...require('./jest.e2e.config.js'),
	roots: ['<rootDir>/test/reliability'],
	testMatch: ['**/*.e2e.ts'],
	// One n8n, one load test at a time; the 1 000-callback runs take minutes.
	testTimeout: 1500000,
};
