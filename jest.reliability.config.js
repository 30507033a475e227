/**
 * Reliability suites (issue 13): bad inputs, secrets, faults, triggers — test/reliability/*.reliability.ts.
 * Run with `npx jest -c jest.reliability.config.js`; ends with one line
 * `reliability: bad_inputs=<n> requests_leaked=<n> faults=<n> retried_sends=<n> secret_hits=<n>`.
 * @type {import('jest').Config}
 */
const { os, path, env, pid } = require('./test/support/node');
const { ENV } = require('./test/reliability/counters');

// One counts file per run, shared by the worker processes (they inherit this environment).
env[ENV] = env[ENV] || path.join(os.tmpdir(), `china-sms-reliability-${pid}-${Date.now()}.counts`);

module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/reliability'],
	testMatch: ['**/*.reliability.ts', '**/*.test.ts'],
	setupFiles: ['<rootDir>/test/support/n8nEnv.js'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	reporters: ['default', '<rootDir>/test/reliability/summaryReporter.js'],
	globalTeardown: '<rootDir>/test/reliability/summary.js',
	// Two workers on the 2-core machine (jest's default is one): the fault suites mostly wait on deadlines while the
	// others use the CPU, and no more processes than cores compete, so the fault suites' timings keep their margins.
	maxWorkers: 2,
	testTimeout: 60000,
};
