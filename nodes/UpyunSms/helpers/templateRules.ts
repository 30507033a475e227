import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { smsLength } from '../../shared/validation/smsLength';
import { MAX_SMS_LENGTH } from './templateCheck';
import { placeholderCount, renderTemplate, templatePlaceholders } from './templates';

const INTERNATIONAL_TYPES = ['intl', 'jpn', 'idn', 'sgp'];
const UNSUBSCRIBE_ENDINGS = ['退订回T', '退订回TD', '退订回N'];

export interface TemplateFields {
	title?: string;
	content?: string;
	temp_sign?: string;
	type?: string;
}

/** UPYUN's template rules (http://docs.upyun.com/sms/), checked before the request so a typo costs no review round. */
export function checkTemplateFields(this: IExecuteFunctions, fields: TemplateFields, itemIndex: number): void {
	const node = this.getNode();
	if (fields.title !== undefined && fields.title.trim() === '') {
		throw inputError(node, itemIndex, 'Title', 'is empty', 'Enter a title of 1 to 11 characters, your own name for the template.');
	}
	if (fields.title !== undefined && [...fields.title].length >= 12) {
		throw inputError(node, itemIndex, 'Title', `"${fields.title}" must be 1 to 11 characters`, 'Shorten the title: UPYUN wants fewer than 12 characters.');
	}
	if (fields.temp_sign !== undefined) {
		const length = [...fields.temp_sign].length;
		const international = fields.type !== undefined && INTERNATIONAL_TYPES.includes(fields.type);
		if (/[【】]/.test(fields.temp_sign)) {
			throw inputError(node, itemIndex, 'Signature', 'contains 【】', 'Leave out the brackets: UPYUN adds 【】 around the signature itself.');
		}
		if (/[-.+#]/.test(fields.temp_sign) || (!international && (length < 3 || length > 8))) {
			throw inputError(node, itemIndex, 'Signature', `"${fields.temp_sign}" must be 3 to 8 characters with no symbols`, 'Use 3–8 characters such as your brand name, without - . + # or 【】.');
		}
	}
	if (fields.content !== undefined) {
		const content = fields.content;
		if (content.trim() === '') {
			throw inputError(node, itemIndex, 'Content', 'is empty', 'Write the message text, with {$var1}, {$var2}, … where values go.');
		}
		if (/[【】]/.test(content)) {
			throw inputError(node, itemIndex, 'Content', 'contains 【 or 】', 'Remove them: UPYUN reserves 【】 for the signature.');
		}
		if (placeholderCount(content) > 0 && renderTemplate(content, templatePlaceholders(content).map(() => '')).trim() === '') {
			throw inputError(node, itemIndex, 'Content', 'has only variables', 'Add fixed text around the variables: UPYUN does not accept all-variable templates.');
		}
		if (fields.type === 'marketing' && !UNSUBSCRIBE_ENDINGS.some((ending) => content.trimEnd().endsWith(ending))) {
			throw inputError(node, itemIndex, 'Content', 'a marketing template must end with "退订回T", "退订回TD" or "退订回N"', 'Add the unsubscribe text at the end, e.g. "…退订回T".');
		}
		const signLength = fields.temp_sign === undefined ? 0 : [...fields.temp_sign].length;
		if (signLength + smsLength(content) + 2 > MAX_SMS_LENGTH) {
			throw inputError(node, itemIndex, 'Content', `signature + content is ${signLength + smsLength(content) + 2} characters with the brackets; the limit is ${MAX_SMS_LENGTH}`, 'Shorten the content.');
		}
	}
}
