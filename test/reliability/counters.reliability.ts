import { env, fs, os, path } from '../support/node';
import { COUNTERS, ENV, count, readCounts, summaryLine } from './counters';

/** The counters themselves, written to a private file so this run's totals are not touched. */
describe('reliability counters', () => {
	const runFile = env[ENV];
	let file = '';
	beforeEach(() => {
		file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-counters-')), 'counts');
		env[ENV] = file;
	});
	afterEach(() => {
		env[ENV] = runFile;
		fs.rmSync(path.dirname(file), { recursive: true, force: true });
	});

	it('sums what count() appends, per counter, 0 included', () => {
		count('bad_inputs');
		count('bad_inputs', 4);
		count('secret_hits', 0);
		count('faults', 2);
		expect(readCounts()).toEqual({ bad_inputs: 5, requests_leaked: 0, faults: 2, retried_sends: 0, secret_hits: 0 });
		expect(fs.readFileSync(file, 'utf8')).toBe('bad_inputs 1\nbad_inputs 4\nsecret_hits 0\nfaults 2\n');
	});

	it('refuses unknown names and non-counts instead of dropping them', () => {
		expect(() => count('bad_input' as never)).toThrow('Unknown reliability counter "bad_input"');
		expect(() => count('faults', -1)).toThrow('is not a count');
		expect(() => count('faults', 1.5)).toThrow('is not a count');
		expect(fs.existsSync(file)).toBe(false);
	});

	it('records nothing outside the reliability run', () => {
		delete env[ENV];
		count('bad_inputs', 3);
		expect(fs.existsSync(file)).toBe(false);
		expect(readCounts()).toEqual(Object.fromEntries(COUNTERS.map((name) => [name, 0])));
	});

	it('prints the one summary line in the issue\'s order', () => {
		expect(summaryLine({ bad_inputs: 812, faults: 44 })).toBe('reliability: bad_inputs=812 requests_leaked=0 faults=44 retried_sends=0 secret_hits=0');
	});
});
