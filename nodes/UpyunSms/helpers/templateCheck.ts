import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { smsLength } from '../../shared/validation/smsLength';
import {
	fetchTemplates,
	placeholderCount,
	renderTemplate,
	signedText,
	TEMPLATE_STATUS_LABELS,
	type UpyunTemplate,
} from './templates';

export const MAX_SMS_LENGTH = 350;

/**
 * Loads the account's templates once per execution (UPYUN lists them only all at once, `GET /api/templates`),
 * so every item and every template of the run is read from one answer.
 */
export class TemplateBook {
	private templates?: Promise<Map<string, UpyunTemplate>>;

	constructor(private readonly context: IExecuteFunctions) {}

	async get(templateId: string, itemIndex: number): Promise<UpyunTemplate> {
		// One request even when items ask at the same time; a failed read is not kept, so it is not reused.
		this.templates ??= fetchTemplates.call(this.context, {}, itemIndex).then((list) => new Map(list.map((template) => [String(template.id), template])));
		const templates = await this.templates.catch((error: unknown) => {
			this.templates = undefined;
			throw error;
		});
		const template = templates.get(templateId);
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
	 * Checks that the template can send these values and returns the text the phone will show.
	 * Catches what UPYUN would refuse (unapproved template, wrong variable count, over-long text).
	 */
	async check(templateId: string, values: string[], itemIndex: number, sign?: string): Promise<string> {
		const template = await this.get(templateId, itemIndex);
		checkTemplate(this.context, template, values, itemIndex, sign);
		return signedText(template, renderTemplate(template.content, values), sign);
	}
}

/** UPYUN sends only approved templates (status `success`). */
export function checkApproved(context: IExecuteFunctions, template: UpyunTemplate, itemIndex: number): void {
	if (template.status === 'success') return;
	throw inputError(
		context.getNode(),
		itemIndex,
		'Template',
		`template ${template.id} is ${TEMPLATE_STATUS_LABELS[template.status] ?? template.status} and cannot send`,
		template.status === 'defeat'
			? 'Edit the template (Template → Update) to submit it for review again.'
			: 'Wait until UPYUN approves the template, then run the workflow again.',
	);
}

/** The checks of Check Template Before Sending: approved, one value per placeholder, at most 350 characters. */
export function checkTemplate(context: IExecuteFunctions, template: UpyunTemplate, values: string[], itemIndex: number, sign?: string): void {
	const node = context.getNode();
	checkApproved(context, template, itemIndex);
	const expected = placeholderCount(template.content);
	if (values.length !== expected) {
		throw inputError(
			node,
			itemIndex,
			'Template Variables',
			`template ${template.id} has ${expected} variable(s) but ${values.length} value(s) were given`,
			`Add exactly ${expected} value(s), in the order of the placeholders in: ${template.content}`,
		);
	}
	const text = signedText(template, renderTemplate(template.content, values), sign);
	if (smsLength(text) > MAX_SMS_LENGTH) {
		throw inputError(
			node,
			itemIndex,
			'Template Variables',
			`the message would be ${smsLength(text)} characters with its signature; UPYUN sends at most ${MAX_SMS_LENGTH}`,
			'Shorten the variable values.',
		);
	}
}
