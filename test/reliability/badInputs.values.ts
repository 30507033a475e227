/**
 * Families of malformed values, shared by the providers' bad-input tables. Each value is something a
 * workflow can really produce: typed in a field, or given by an expression (objects, arrays, null,
 * numbers, booleans arrive as such).
 */
import type { BadValue } from './badInputs.kit';

const bad = (label: string, value: unknown): BadValue => ({ label, value });

/** What an expression may give where text is expected: never text. */
export const NOT_TEXT: BadValue[] = [
	bad('an object', { value: '13800138000' }),
	bad('an empty object', {}),
	bad('an array of objects', [{ mobile: '13800138000' }]),
	bad('a nested array', [['13800138000']]),
	bad('true', true),
	bad('false', false),
];

/** Empty required text: nothing, spaces only, null, an empty array. */
export const EMPTY: BadValue[] = [bad('empty', ''), bad('spaces only', '   '), bad('null', null), bad('an empty array', [])];

export interface MobileKind {
	/** The field takes one number. */
	single: boolean;
	/** International numbers (+ and country code) are accepted. */
	international: boolean;
	/** Landlines with an area code are accepted (voice calls). */
	landline?: boolean;
}

/**
 * Mobile numbers that no mainland rule accepts: letters, lengths, prefixes, signs, other digit systems,
 * emoji, combining marks, bidirectional controls, objects — plus what the field's kind refuses
 * (international numbers, landlines, two numbers in a single-number field).
 */
export function badMobiles(kind: MobileKind): BadValue[] {
	const values: BadValue[] = [
		bad('letters', 'abcdefghijk'),
		bad('a letter inside', '1380013800a'),
		bad('letter O for zero', '138OO138OOO'),
		bad('10 digits', '1380013800'),
		bad('3 digits', '138'),
		bad('12 digits', '138001380001'),
		bad('16 digits', '1380013800012345'),
		bad('prefix 12', '12800138000'),
		bad('prefix 10', '10086000000'),
		bad('+86 and a non-mobile', '+86 12800138000'),
		bad('+86 and 10 digits', '+861380013800'),
		bad('+86 alone', '+86'),
		bad('full-width digits', '１３８００１３８０００'),
		bad('Arabic-Indic digits', '١٣٨٠٠١٣٨٠٠٠'),
		bad('a leading minus', '-13800138000'),
		bad('a trailing minus', '13800138000-'),
		bad('two plus signs', '++8613800138000'),
		bad('a full-width plus', '＋8613800138000'),
		bad('plus minus', '+-8613800138000'),
		bad('an asterisk', '*13800138000'),
		bad('a hash', '#13800138000'),
		bad('a decimal point', '13800138000.5'),
		bad('exponent notation', '1.38e10'),
		bad('an emoji', '13800138000📱'),
		bad('only an emoji', '📱'),
		bad('a combining accent', '13800138000\u0301'),
		bad('a combining mark inside', '138\u030100138000'),
		bad('a right-to-left mark', '\u200F13800138000'),
		bad('a right-to-left override', '\u202E00083100831'),
		bad('Hebrew text', 'שלום עולם'),
		bad('Arabic text', 'مرحبا'),
		bad('a zero-width space inside', '138\u200B00138000'),
		bad('a number as NaN', Number.NaN),
		bad('a negative number', -13800138000),
		...NOT_TEXT,
	];
	if (!kind.international) {
		values.push(bad('an international number', '+14155550100'), bad('a 00 international number', '004915112345678'));
	} else {
		values.push(bad('a too short international number', '+1234'), bad('a too long international number', '+1234567890123456'));
	}
	if (!kind.landline) values.push(bad('a landline', '01088880000'));
	if (kind.single) {
		values.push(
			bad('two numbers with a comma', '13800138000,13900139000'),
			bad('two numbers with a space', '13800138000 13900139000'),
			bad('two numbers with a new line', '13800138000\n13900139000'),
			bad('two numbers as an array', ['13800138000', '13900139000']),
		);
	} else {
		values.push(
			bad('a good and a bad number', '13800138000, 12345'),
			bad('an unlisted separator /', '13800138000/13900139000'),
			bad('an unlisted separator |', '13800138000|13900139000'),
			bad('an unlisted separator 、', '13800138000、13900139000'),
			bad('an array with a bad number', ['13800138000', 'abc']),
		);
	}
	return [...values, ...EMPTY];
}

/** Numeric IDs: anything but ASCII digits (a positive whole number where `positive`). */
export function badIds(options: { positive?: boolean } = {}): BadValue[] {
	const values = [
		bad('letters', 'abc'),
		bad('a negative', '-7'),
		bad('a decimal', '7.5'),
		bad('hex', '0x7'),
		bad('exponent', '1e3'),
		bad('full-width digits', '７'),
		bad('Arabic-Indic digits', '٧'),
		bad('a keycap emoji', '7️⃣'),
		bad('an emoji', '🙂'),
		bad('a combining mark', '7\u0301'),
		bad('a right-to-left mark', '\u200F7'),
		bad('Hebrew text', 'שבע'),
		bad('a space inside', '1 2'),
		bad('two IDs', '1,2'),
		...NOT_TEXT,
		...EMPTY,
	];
	if (options.positive) values.push(bad('zero', '0'), bad('a leading zero', '07'));
	return values;
}

/** A string of `length` characters (CJK, as Chinese messages are counted one per character). */
export const longText = (length: number, unit = '测') => unit.repeat(length);

/**
 * Values of the shared Timeout option (milliseconds, 1000–600000 in the editor) that an expression can still
 * give: out of range, fractions, words, nothing, not a number at all. Each is refused, naming Timeout.
 */
export const BAD_TIMEOUTS: BadValue[] = [
	bad('0', 0),
	bad('negative', -30000),
	bad('under a second', 999),
	bad('over ten minutes', 600001),
	bad('a fraction', 1500.5),
	bad('NaN', Number.NaN),
	bad('Infinity', Number.POSITIVE_INFINITY),
	bad('words', 'slow'),
	bad('a number with a unit', '30 s'),
	bad('a negative text', '-5000'),
	bad('a decimal text', '1500.5'),
	bad('a list', [30000]),
	...NOT_TEXT.filter((value) => !Array.isArray(value.value)),
	...EMPTY.filter((value) => !Array.isArray(value.value)),
];

/** The Timeout option of an operation, the bad item where its requests read it (`positions`). */
export const timeoutField = (positions?: number[]) => ({ path: 'options.timeout', good: 30000, bad: BAD_TIMEOUTS, ...(positions ? { positions } : {}) });
