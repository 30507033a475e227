import { redactText, secretVariants } from '../../nodes/shared/redaction';
import { FIXTURE_VALUES, findSlices, needlesOf, publicSlices, secretForms } from './secrets.kit';

/** The scanner itself: it must find every form and any distinctive slice, and not the node's ordinary words. */
describe('the secrets scanner', () => {
	const [appkey] = FIXTURE_VALUES.liupai;
	const values = FIXTURE_VALUES.liupai;
	const needles = needlesOf(values, publicSlices(['nodes/Liupai', 'nodes/shared', 'credentials', 'test/sandbox/liupai', 'test/sandbox/kit'], values));
	const found = (text: string) => findSlices(text, needles).map((hit) => hit.slice);

	test.each([
		['the value', `key ${appkey} refused`],
		['URL-encoded', `GET /sms/send?appkey=${encodeURIComponent(appkey)}`],
		['form-encoded', new URLSearchParams({ appkey }).toString()],
		['RFC 3986', encodeURIComponent(appkey).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)],
		['base64', Buffer.from(appkey).toString('base64')],
		['a 6-character slice cut from the end', `…${appkey.slice(-6)}`],
		['a 6-character slice from the middle', `x${appkey.slice(8, 14)}x`],
	])('finds %s', (_label, text) => {
		expect(found(text).length).toBeGreaterThan(0);
	});

	test('finds base64 user:pass of the JPush pairs (the Basic header)', () => {
		const jpush = FIXTURE_VALUES.jpush;
		const header = `Basic ${Buffer.from(`${jpush[0]}:${jpush[1]}`).toString('base64')}`;
		expect(secretForms(jpush)).toContain(header.slice(6));
		const jpushNeedles = needlesOf(jpush, new Set());
		expect(findSlices(header, jpushNeedles).length).toBeGreaterThan(0);
	});

	test('does not count the node\'s own words, masked text or other keys', () => {
		expect(found('Liupai error 101: The appkey is empty or unknown. Sandbox Co.')).toEqual([]);
		expect(found('appkey=*** (masked) 13800138000 【Demo】您的验证码是8642')).toEqual([]);
	});

	test('the redaction the transport uses masks the Basic header and base64 forms whole', () => {
		const [appKey, masterSecret] = FIXTURE_VALUES.jpush;
		const secrets = secretVariants({ appKey, masterSecret, baseUrl: 'http://127.0.0.1' }, ['masterSecret']);
		const echoed = `Authorization: Basic ${Buffer.from(`${appKey}:${masterSecret}`).toString('base64')} / ${Buffer.from(masterSecret).toString('base64')}`;
		const masked = redactText(echoed, secrets);
		expect(masked).toBe('Authorization: Basic *** / ***');
		expect(findSlices(masked, needlesOf(FIXTURE_VALUES.jpush, new Set()))).toEqual([]);
	});
});
