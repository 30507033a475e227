import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { countSegments, smsLength } from '../../shared/validation/smsLength';

/** Longest text Yunpian's send endpoints take ("limited to 500 words", https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief). */
export const MAX_TEXT_LENGTH = 500;

/** A leading 【signature】 of 2–20 characters (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief). */
const SIGNED = /^【([^【】]{2,20})】/;

/**
 * Checks an SMS text before it is sent: it starts with 【signature】, has content after it and fits
 * in 500 characters. Returns the segments it will be billed as.
 */
export function checkSmsText(this: IExecuteFunctions, itemIndex: number, text: string, displayName = 'Text'): number {
	const fail = (problem: string, fix: string) => inputError(this.getNode(), itemIndex, displayName, problem, fix);
	if (!text.trim()) throw fail('no text given', 'Enter the message, starting with your 【signature】.');
	const signed = SIGNED.exec(text);
	if (!signed) {
		throw fail(
			text.startsWith('[') ? 'the signature is in ASCII brackets [ ]' : 'the text does not start with a 【signature】',
			'Start the text with your approved signature in full-width brackets, e.g. 【ACME】Your code is 1234.',
		);
	}
	if (!text.slice(signed[0].length).trim()) throw fail('there is no content after the signature', 'Write the message after the 【signature】.');
	const length = smsLength(text);
	if (length > MAX_TEXT_LENGTH) {
		throw fail(`${length} characters (${countSegments(text)} segments), Yunpian takes at most ${MAX_TEXT_LENGTH}`, 'Shorten the text to 500 characters, signature included.');
	}
	return countSegments(text);
}

/** Checks a template content (SMS and voice templates): a leading 【signature】 is required for SMS templates. */
export function checkTemplateContent(this: IExecuteFunctions, itemIndex: number, content: string, needsSignature: boolean): void {
	if (needsSignature) {
		checkSmsText.call(this, itemIndex, content, 'Content');
		return;
	}
	if (!content.trim()) throw inputError(this.getNode(), itemIndex, 'Content', 'no content given', 'Enter the template text; write variables as #name#.');
}
