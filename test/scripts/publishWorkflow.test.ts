import { fs, path, repoRoot as root } from '../support/node';
import { parseYamlSubset } from '../support/yamlSubset';

type Tree = Record<string, unknown>;

/** GitHub Actions cannot run here: these are the fields npm provenance and the tag release need. */
describe('the publish workflow (.github/workflows/publish.yml)', () => {
	const workflow = parseYamlSubset(fs.readFileSync(path.join(root, '.github/workflows/publish.yml'), 'utf8')) as Tree;
	const job = ((workflow.jobs as Tree).publish ?? {}) as Tree;
	const steps = (job.steps ?? []) as Tree[];

	test('runs on version tags only', () => {
		expect(workflow.on).toEqual({ push: { tags: ['*.*.*'] } });
	});

	test('may mint the OIDC token provenance is signed with, and nothing more', () => {
		expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
		expect(job['runs-on']).toBe('ubuntu-latest');
	});

	test('checks out, sets up Node with the npm registry, installs from the lockfile, tests, then releases', () => {
		expect(steps.map((step) => step.uses ?? step.run)).toEqual([
			'actions/checkout@v4',
			'actions/setup-node@v4',
			'npm ci',
			'npm test -- --ci',
			'npm run typecheck',
			expect.stringContaining('npm run release'),
		]);
		expect(steps[1].with).toMatchObject({ 'registry-url': 'https://registry.npmjs.org/', 'node-version': '24' });
		expect(steps[5].env).toEqual({ NPM_TOKEN: '${{ secrets.NPM_TOKEN }}' });
	});

	test('package.json: a plain npm publish is refused, release goes through n8n-node, the tarball has what n8n loads', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Tree & { scripts: Record<string, string>; files: string[]; main?: string };
		expect(pkg.scripts.prepublishOnly).toBe('n8n-node prerelease');
		expect(pkg.scripts.release).toBe('n8n-node release');
		expect(pkg.files).toEqual(['dist', '!dist/**/*.map', '!dist/**/*.d.ts', '!dist/package.json']);
		if (pkg.main !== undefined) expect(fs.existsSync(path.join(root, pkg.main))).toBe(true);
	});

	test('the reader rejects what GitHub would reject: tabs, bad indentation, duplicate keys', () => {
		expect(() => parseYamlSubset('on:\n\tpush: x')).toThrow('tabs');
		expect(() => parseYamlSubset('a:\n  b: 1\n   c: 2')).toThrow('bad indentation');
		expect(() => parseYamlSubset('a: 1\na: 2')).toThrow('duplicate key a');
		expect(parseYamlSubset('a:\n  - b: 1\n    c: |\n      x\n      y\n  - d')).toEqual({ a: [{ b: '1', c: 'x\ny\n' }, 'd'] });
	});
});
