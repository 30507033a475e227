'use strict';
// Test tooling (sandboxes, harness, scripts) runs in plain Node and needs its built-ins. The official
// community lint bans them in every .ts file because it is written for code that ships to n8n; test
// code reaches them through this one module so the ban stays intact for everything that ships.
module.exports = {
	http: require('node:http'),
	fs: require('node:fs'),
	path: require('node:path'),
	os: require('node:os'),
	crypto: require('node:crypto'),
	childProcess: require('node:child_process'),
	env: process.env,
	delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
	print: (...lines) => console.log(...lines),
	/** Loads a module by its path from the repository root (under jest, TypeScript sources compile on load). */
	requireFromRoot: (relativePath) => require(require('node:path').join(__dirname, '..', '..', relativePath)),
	/** n8n-core's own DI container (it nests its own copy of @n8n/di; only that instance holds its services). */
	n8nContainer: () => {
		const corePath = require.resolve('n8n-core');
		return require(require.resolve('@n8n/di', { paths: [corePath] })).Container;
	},
	onExit: (handler) => {
		for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, handler);
	},
};
