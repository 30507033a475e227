/**
 * The unit suite against the newest n8n 1.x engine (n8n-core 1.122.10 and its n8n-workflow 1.120.6, installed side
 * by side in the cache by `scripts/engine1.ts`; the version is pinned in scripts/lib/paths.ts), to prove the minimum
 * n8n version the README states. Run with `npm run test:engine1`; the 2.x suite is `npm test`.
 * @type {import('jest').Config}
 */
const { os, path, env } = require('./test/support/node');

// The same cache folder as scripts/lib/paths.ts (cacheRoot, engine1Dir).
const cacheRoot = env.N8N_CHINA_SMS_CACHE || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'n8n-nodes-china-sms');
const engine = path.join(cacheRoot, 'engine-1.x', 'node_modules');

module.exports = {
	...require('./jest.config.js'),
	moduleNameMapper: {
		'^n8n-core$': path.join(engine, 'n8n-core'),
		'^n8n-workflow$': path.join(engine, 'n8n-workflow'),
	},
};
