import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { countSegments, smsLength } from '../../shared/validation/smsLength';
import {
	fetchTemplates,
	placeholderCount,
	renderTemplate,
	signedText,
	TEMPLATE_STATUS_LABELS,
	type UpyunTemplate,
} from './templates';

export const MAX_SMS_LENGTH = 350;

/** Loads the account's templates once per execution, so every item is checked without a request each. */
export class TemplateBook {
	private templates?: Map<string, UpyunTemplate>;

	constructor(private readonly context: IExecuteFunctions) {}

	async get(templateId: string, itemIndex: number): Promise<UpyunTemplate> {
		if (!this.templates) {
			const list = await fetchTemplates.call(this.context, {}, itemIndex);
			this.templates = new Map(list.map((template) => [String(template.id), template]));
		}
		const template = this.templates.get(templateId);
		if (!template) {
			throw inputError(
				this.context.getNode(),
				itemIndex,
				'Template',
				`template ${templateId} is not in this UPYUN account`,
				'Pick the template from the list; it may have been deleted or belong to another account.',
			);
		}
		return template;
	}

	/**
	 * Checks that the template can send these values and returns the segments each message bills.
	 * Catches what UPYUN would refuse (unapproved template, wrong variable count, over-long text).
	 */
	async check(templateId: string, values: string[], itemIndex: number): Promise<number> {
		const node = this.context.getNode();
		const template = await this.get(templateId, itemIndex);
		if (template.status !== 'success') {
			throw inputError(
				node,
				itemIndex,
				'Template',
				`template ${templateId} is ${TEMPLATE_STATUS_LABELS[template.status] ?? template.status} and cannot send`,
				template.status === 'defeat'
					? 'Edit the template (Template → Update) to submit it for review again.'
					: 'Wait until UPYUN approves the template, then run the workflow again.',
			);
		}
		const expected = placeholderCount(template.content);
		if (values.length !== expected) {
			throw inputError(
				node,
				itemIndex,
				'Template Variables',
				`template ${templateId} has ${expected} variable(s) but ${values.length} value(s) were given`,
				`Add exactly ${expected} value(s), in the order of the placeholders in: ${template.content}`,
			);
		}
		const text = signedText(template, renderTemplate(template.content, values));
		if (smsLength(text) > MAX_SMS_LENGTH) {
			throw inputError(
				node,
				itemIndex,
				'Template Variables',
				`the message would be ${smsLength(text)} characters with its signature; UPYUN sends at most ${MAX_SMS_LENGTH}`,
				'Shorten the variable values.',
			);
		}
		return countSegments(text);
	}
}
