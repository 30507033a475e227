'use strict';
// Loaded with `node -r` by the benchmark's child processes instead of ts-node: the same transpile-only
// compilation (TypeScript's transpileModule with this repository's tsconfig.json), kept on disk by
// content, so the twenty-odd case processes of a run do not each load TypeScript and compile the same
// few hundred files again (that was about half of a case process's start-up). A changed file gets a
// new entry. JavaScript because it must load before anything can compile TypeScript.
const { crypto, env, fs, path, pid, repoRoot } = require('../support/node');

const cacheDir = env.BENCH_TS_CACHE || path.join(repoRoot, 'node_modules', '.cache', 'n8n-nodes-china-sms-bench');
let typescript;
let compilerOptions;

function transpile(source, filename) {
	if (!typescript) {
		typescript = require('typescript');
		const configFile = path.join(repoRoot, 'tsconfig.json');
		const { config } = typescript.readConfigFile(configFile, typescript.sys.readFile);
		const parsed = typescript.parseJsonConfigFileContent(config, typescript.sys, repoRoot);
		compilerOptions = { ...parsed.options, sourceMap: false, inlineSourceMap: false, declaration: false, noEmit: false };
	}
	return typescript.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
	const source = fs.readFileSync(filename, 'utf8');
	const key = crypto.createHash('sha256').update(filename).update('\0').update(source).digest('hex').slice(0, 32);
	const cached = path.join(cacheDir, `${key}.js`);
	let code;
	try {
		code = fs.readFileSync(cached, 'utf8');
	} catch {
		code = transpile(source, filename);
		fs.mkdirSync(cacheDir, { recursive: true });
		const temporary = `${cached}.${pid}.tmp`;
		fs.writeFileSync(temporary, code);
		fs.renameSync(temporary, cached);
	}
	module._compile(code, filename);
};
