import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { fetchTemplates, reviewLabel } from './lists';

/** Liupai writes each variable part of a template as `@` (https://m.6api.net/api/sms/). */
export function placeholderCount(content: string): number {
	return (content.match(/@/g) ?? []).length;
}

export function renderTemplate(content: string, values: string[]): string {
	let index = 0;
	return content.replace(/@/g, () => values[index++] ?? '@');
}

/** Loads each sub-account's templates once per execution, so every item is checked without a request each. */
export class TemplateBook {
	private readonly byAccount = new Map<string, Map<string, IDataObject>>();

	constructor(private readonly context: IExecuteFunctions) {}

	/** The template, approved, with as many values as it has `@`; else an input error. */
	async approved(accountId: string, templateId: string, itemIndex: number): Promise<IDataObject> {
		let templates = this.byAccount.get(accountId);
		if (!templates) {
			const rows = await fetchTemplates.call(this.context, accountId, itemIndex);
			templates = new Map(rows.map((row) => [String(row.templateid), row]));
			this.byAccount.set(accountId, templates);
		}
		const node = this.context.getNode();
		const template = templates.get(templateId);
		if (!template) {
			throw inputError(node, itemIndex, 'Template', `template ${templateId} is not a template of sub-account ${accountId}`, 'Pick the sub-account that owns the template, then the template from the list.');
		}
		if (String(template.status) !== '1') {
			throw inputError(
				node,
				itemIndex,
				'Template',
				`template ${templateId} is ${reviewLabel(template.status)} and cannot send${template.failreason ? ` (${String(template.failreason)})` : ''}`,
				'Only approved templates can send. Wait for Liupai’s review (QQ 768996893), or create a corrected template.',
			);
		}
		return template;
	}
}

export function checkValues(context: IExecuteFunctions, template: IDataObject, values: string[], itemIndex: number): void {
	const content = String(template.content ?? '');
	const expected = placeholderCount(content);
	if (values.length !== expected) {
		throw inputError(
			context.getNode(),
			itemIndex,
			'Template Variables',
			`template ${String(template.templateid)} has ${expected} @ placeholder(s) but ${values.length} value(s) were given`,
			`Add exactly ${expected} value(s), in the order of the @ in: ${content}`,
		);
	}
	values.forEach((value, position) => {
		if (value.trim() === '') {
			throw inputError(context.getNode(), itemIndex, 'Template Variables', `value ${position + 1} is empty`, 'Give every @ placeholder a value; Liupai refuses content that does not match the template.');
		}
		checkValue(context, value, 'Template Variables', itemIndex, `value ${position + 1}`);
	});
}

/** A value must not hold `@`: Liupai would read it as another placeholder, and the content would not match the template. */
export function checkValue(context: IExecuteFunctions, value: string, field: string, itemIndex: number, what = 'the value'): void {
	if (!value.includes('@')) return;
	throw inputError(
		context.getNode(),
		itemIndex,
		field,
		`${what} contains "@", which Liupai uses to mark where values go`,
		'Remove the "@" from the value (write "at" or "＠" instead): the message would not match the template the way it was approved.',
	);
}
