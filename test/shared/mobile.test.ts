import { checkMobile, parseMobiles, splitMobileList } from '../../nodes/shared/validation/mobile';

const mainland = { allowInternational: false, stripChinaPrefix: true };
const anywhere = { allowInternational: true, stripChinaPrefix: false };

describe('mobile validation', () => {
	test('splits lists typed with commas, full-width commas, semicolons and new lines', () => {
		expect(splitMobileList('13800138000, 13900139000，13700137000;13600136000\n13500135000')).toEqual([
			'13800138000', '13900139000', '13700137000', '13600136000', '13500135000',
		]);
		expect(splitMobileList(['13800138000', ' 13900139000 '])).toEqual(['13800138000', '13900139000']);
		expect(splitMobileList('+86 138 0013 8000, 13900139000 13700137000')).toEqual(['+86 138 0013 8000', '13900139000', '13700137000']);
	});

	test('accepts mainland numbers and strips +86 when the provider wants 11 digits', () => {
		expect(checkMobile('13800138000', mainland)).toEqual({ ok: true, mobile: '13800138000' });
		expect(checkMobile('+86 138-0013-8000', mainland)).toEqual({ ok: true, mobile: '13800138000' });
		expect(checkMobile('008613800138000', mainland)).toEqual({ ok: true, mobile: '13800138000' });
		expect(checkMobile('+8613800138000', anywhere)).toEqual({ ok: true, mobile: '+8613800138000' });
	});

	test('rejects numbers that are not mobiles, and international ones where not allowed', () => {
		expect(checkMobile('12345', mainland).ok).toBe(false);
		expect(checkMobile('12800138000', mainland).ok).toBe(false);
		expect(checkMobile('+14155550100', mainland)).toMatchObject({ ok: false, reason: expect.stringContaining('international') });
		expect(checkMobile('+14155550100', anywhere)).toEqual({ ok: true, mobile: '+14155550100' });
		expect(checkMobile('+1', anywhere).ok).toBe(false);
	});

	test('drops duplicates and reports the first bad number', () => {
		expect(parseMobiles('13800138000,+8613800138000,13900139000', mainland)).toEqual({ mobiles: ['13800138000', '13900139000'] });
		expect(parseMobiles('13800138000,abc', mainland).invalid).toContain('"abc"');
	});
});
