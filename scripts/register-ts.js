'use strict';
// `node -r ./scripts/register-ts.js file.ts`: runs TypeScript as `ts-node --transpile-only` does
// (TypeScript's transpileModule with tsconfig.json, no type-check), but keeps each compiled file in
// node_modules/.cache/n8n-nodes-china-sms/ts, keyed by its path and content. Loading TypeScript and
// compiling the start script's hundred-odd files took seconds on every `npm start`; from the cache it
// takes a fraction of one. A changed file gets a new entry. Plain JavaScript: it runs before anything
// can compile TypeScript.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'n8n-nodes-china-sms', 'ts');
let typescript;
let compilerOptions;
let salt;

function setup() {
	if (salt) return;
	const tsManifest = JSON.parse(fs.readFileSync(require.resolve('typescript/package.json'), 'utf8'));
	salt = `${tsManifest.version}\0${fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')}`;
}

function transpile(source, filename) {
	if (!typescript) {
		typescript = require('typescript');
		const { config } = typescript.readConfigFile(path.join(root, 'tsconfig.json'), typescript.sys.readFile);
		const parsed = typescript.parseJsonConfigFileContent(config, typescript.sys, root);
		compilerOptions = { ...parsed.options, sourceMap: false, inlineSourceMap: true, inlineSources: true, declaration: false, noEmit: false };
	}
	return typescript.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
	setup();
	const source = fs.readFileSync(filename, 'utf8');
	const key = crypto.createHash('sha256').update(salt).update('\0').update(filename).update('\0').update(source).digest('hex').slice(0, 32);
	const cached = path.join(cacheDir, `${key}.js`);
	let code;
	try {
		code = fs.readFileSync(cached, 'utf8');
	} catch {
		code = transpile(source, filename);
		fs.mkdirSync(cacheDir, { recursive: true });
		const temporary = `${cached}.${process.pid}.tmp`;
		fs.writeFileSync(temporary, code);
		fs.renameSync(temporary, cached);
	}
	module._compile(code, filename);
};
