import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { fillTemplate, findPlaceholders, type Placeholder } from '../../shared/templates/placeholders';
import { tencentRequest } from '../transport';

export interface TencentTemplate {
	TemplateId: number;
	TemplateName: string;
	TemplateContent: string;
	/** 0 mainland, 1 international, 3 both. */
	International: number;
	/** 0 approved and usable, 1 under review, 2 approved but not yet effective, -1 rejected. */
	StatusCode: number;
	ReviewReply?: string;
	CreateTime?: number;
}

/** Review status as Tencent writes it (https://cloud.tencent.com/document/api/382/52077): only 0 can send. */
export const REVIEW_STATUS: Record<string, string> = {
	'0': 'approved',
	'1': 'under review',
	'2': 'approved, not yet effective',
	'-1': 'rejected',
};

export const reviewStatus = (code: unknown): string => REVIEW_STATUS[String(code)] ?? `status ${String(code)}`;

export const KIND: Record<string, string> = { '0': 'mainland China', '1': 'international', '3': 'mainland and international' };

/** Page size of the two list actions (at most 100, https://cloud.tencent.com/document/api/382/52077). */
export const LIST_PAGE = 100;
const MAX_PAGES = 50;

/** Templates of one kind (International 0 or 1; type 3 ones come in both), every page. */
export async function fetchTemplates(this: IExecuteFunctions | ILoadOptionsFunctions, international: 0 | 1, itemIndex?: number): Promise<TencentTemplate[]> {
	const all: TencentTemplate[] = [];
	for (let page = 0; page < MAX_PAGES; page++) {
		const answer = await tencentRequest.call(
			this,
			{ action: 'DescribeSmsTemplateList', body: { International: international, Limit: LIST_PAGE, Offset: page * LIST_PAGE }, kind: 'read', fields: ['DescribeTemplateStatusSet'] },
			itemIndex,
		);
		const rows = (answer.DescribeTemplateStatusSet as TencentTemplate[]) ?? [];
		all.push(...rows);
		if (rows.length < LIST_PAGE) break;
	}
	return all;
}

/** Every template of the account, mainland and international, each once. */
export async function fetchAllTemplates(this: IExecuteFunctions | ILoadOptionsFunctions, itemIndex?: number): Promise<TencentTemplate[]> {
	const byId = new Map<number, TencentTemplate>();
	for (const international of [0, 1] as const) for (const template of await fetchTemplates.call(this, international, itemIndex)) byId.set(template.TemplateId, template);
	return [...byId.values()].sort((a, b) => a.TemplateId - b.TemplateId);
}

/** One template by ID (looked up in both kinds), or undefined. */
export async function fetchTemplate(this: IExecuteFunctions | ILoadOptionsFunctions, id: string, itemIndex?: number): Promise<TencentTemplate | undefined> {
	for (const international of [0, 1] as const) {
		const answer = await tencentRequest.call(
			this,
			{ action: 'DescribeSmsTemplateList', body: { International: international, TemplateIdSet: [Number(id)] }, kind: 'read', fields: ['DescribeTemplateStatusSet'] },
			itemIndex,
		);
		const found = ((answer.DescribeTemplateStatusSet as TencentTemplate[]) ?? []).find((row) => String(row.TemplateId) === id);
		if (found) return found;
	}
	return undefined;
}

export const templatePlaceholders = (template: TencentTemplate): Placeholder[] => findPlaceholders(template.TemplateContent, 'tencent');

/** `{1}`, `{2}`… filled with the values in number order: the text the phone shows after the signature. */
export function renderTemplate(template: TencentTemplate, values: string[]): string {
	const byKey: Record<string, string> = {};
	templatePlaceholders(template).forEach((placeholder, index) => {
		if (values[index] !== undefined) byKey[placeholder.key] = values[index];
	});
	return fillTemplate(template.TemplateContent, 'tencent', byKey);
}

/**
 * Reads the templates of one run once each, so many items with the same template cost one request (the read
 * is not kept when it fails).
 */
export class TemplateBook {
	private readonly cache = new Map<string, Promise<TencentTemplate | undefined>>();

	constructor(private readonly context: IExecuteFunctions) {}

	async get(id: string, itemIndex: number): Promise<TencentTemplate> {
		let pending = this.cache.get(id);
		if (!pending) {
			pending = fetchTemplate.call(this.context, id, itemIndex);
			this.cache.set(id, pending);
			pending.catch(() => this.cache.delete(id));
		}
		const template = await pending;
		if (!template) {
			throw inputError(this.context.getNode(), itemIndex, 'Template', `template ${id} is not in this Tencent Cloud account`, 'Pick the template from the list; it may have been deleted or belong to another account.');
		}
		return template;
	}
}

/** The checks of Check Template Before Sending: approved, of the numbers' kind, one value per variable. */
export function checkTemplate(context: IExecuteFunctions, template: TencentTemplate, values: string[], mainland: boolean, itemIndex: number): void {
	const node = context.getNode();
	if (template.StatusCode !== 0) {
		throw inputError(
			node,
			itemIndex,
			'Template',
			`template ${template.TemplateId} is ${reviewStatus(template.StatusCode)} and cannot send`,
			template.StatusCode === -1 ? `Change it (Template → Update) to submit it again${template.ReviewReply ? `; the reviewer said: ${template.ReviewReply}` : ''}.` : 'Wait until Tencent Cloud approves the template (status 0), then run again.',
		);
	}
	if (template.International !== 3 && (template.International === 0) !== mainland) {
		throw inputError(
			node,
			itemIndex,
			'Template',
			`template ${template.TemplateId} is a ${KIND[String(template.International)]} template but the number is ${mainland ? 'in mainland China' : 'outside mainland China'}`,
			mainland ? 'Pick a mainland China template for +86 numbers.' : 'Pick an international template for numbers outside mainland China, or use Send International.',
		);
	}
	const expected = templatePlaceholders(template).length;
	if (values.length !== expected) {
		throw inputError(node, itemIndex, 'Template Variables', `template ${template.TemplateId} has ${expected} variable(s) but ${values.length} value(s) were given`, `Give exactly one value for each of ${templatePlaceholders(template).map((p) => `{${p.key}}`).join(', ') || 'no variables'}.`);
	}
}

/** A template as the list operations output it: Tencent's fields and the status in words. */
export function templateJson(template: TencentTemplate): IDataObject {
	return { ...(template as unknown as IDataObject), status: reviewStatus(template.StatusCode), usable: template.StatusCode === 0, kind: KIND[String(template.International)] ?? String(template.International) };
}
