/** The Chinese carriers' billing rule: 70 characters fit one SMS; longer texts go in 67-character segments. */
export const SINGLE_SMS_LENGTH = 70;
export const SEGMENT_LENGTH = 67;

/** Length as the carriers count it: one per character (a CJK character or an emoji counts once). */
export function smsLength(text: string): number {
	return [...text].length;
}

export function countSegments(text: string): number {
	const length = smsLength(text);
	if (length === 0) return 0;
	return length <= SINGLE_SMS_LENGTH ? 1 : Math.ceil(length / SEGMENT_LENGTH);
}
