/**
 * End-to-end tests against a real n8n (`npm run test:e2e`): CLI runs of the example workflows,
 * the server's REST API, and the editor in Chromium. Not part of `npm test` (files end in .e2e.ts).
 * @type {import('jest').Config}
 */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	// One real n8n at a time: each test file starts its own.
	maxWorkers: 1,
	testTimeout: 120000,
	slowTestThreshold: 60,
};
