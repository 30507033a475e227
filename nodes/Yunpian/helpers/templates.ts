import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { objectWith } from '../../shared/transport/expect';
import type { RequestContext } from '../../shared/transport/request';
import { fillTemplate, findPlaceholders, placeholderKeys, type Placeholder } from '../../shared/templates/placeholders';
import { countSegments, smsLength } from '../../shared/validation/smsLength';
import { yunpianList, yunpianRequest } from '../transport';
import type { VariablePairs } from './fields';
import { checkSmsText } from './text';

export interface YunpianTemplate extends IDataObject {
	tpl_id: number | string;
	tpl_content: string;
	check_status: string;
	reason?: string | null;
}

export const CHECK_STATUS_LABELS: Record<string, string> = {
	CHECKING: 'under review',
	SUCCESS: 'approved',
	FAIL: 'rejected',
};

/**
 * A review state as a picker shows it: Yunpian's own status (CHECKING, SUCCESS, FAIL), what it means, and
 * whether the template or signature can send yet — only SUCCESS can (code 7 模板不可用 otherwise).
 */
export function reviewLabel(status: unknown): string {
	const code = typeof status === 'string' && status !== '' ? status : 'UNKNOWN';
	if (code === 'SUCCESS') return 'SUCCESS, approved';
	if (code === 'CHECKING') return 'CHECKING, under review: not usable yet';
	if (code === 'FAIL') return 'FAIL, rejected: not usable';
	return `${code}: not usable`;
}

/** Every SMS template of the account (`tpl/get` without an ID answers an array; anything else is an error). */
export async function fetchTemplates(this: RequestContext, itemIndex?: number): Promise<YunpianTemplate[]> {
	return (await yunpianList.call(this, 'sms', 'tpl/get', {}, itemIndex, 'array')) as YunpianTemplate[];
}

/** The values by name, on an object without a prototype: a #constructor# left unfilled stays as written. */
function valuesOf(variables: VariablePairs): Record<string, string> {
	return Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(variables));
}

/** The text a template send delivers and what it is billed: the template filled in, 【signature】 included. */
export interface FilledTemplate {
	text: string;
	segments: number;
}

/**
 * Loads each template once per run (the first item that names it; later items share the answer) and checks
 * sends against it before anything is sent.
 */
export class TemplateBook {
	private readonly cache = new Map<string, Promise<YunpianTemplate>>();

	constructor(private readonly context: IExecuteFunctions) {}

	/** `tpl/get` with `tpl_id` answers the one template (https://www.yunpian.com/official/document/sms/zh_cn/domestic_tpl_get). */
	async load(templateId: string, itemIndex: number): Promise<YunpianTemplate> {
		if (!this.cache.has(templateId)) {
			this.cache.set(templateId, yunpianRequest.call(this.context, 'sms', 'tpl/get', { tpl_id: templateId }, itemIndex, objectWith('tpl_id')) as Promise<YunpianTemplate>);
		}
		return await this.cache.get(templateId)!;
	}

	/** The `#name#` variables of the template, each once, in order of appearance. */
	async placeholders(templateId: string, itemIndex: number): Promise<Placeholder[]> {
		return findPlaceholders(String((await this.load(templateId, itemIndex)).tpl_content ?? ''), 'yunpian');
	}

	/** Only an approved template (`check_status` SUCCESS) sends; Yunpian refuses others with code 7. */
	async requireApproved(templateId: string, itemIndex: number): Promise<void> {
		const template = await this.load(templateId, itemIndex);
		const status = String(template.check_status ?? '');
		if (status !== 'SUCCESS') {
			const reason = template.reason ? ` (${String(template.reason)})` : '';
			throw inputError(this.context.getNode(), itemIndex, 'Template', `template ${templateId} is ${CHECK_STATUS_LABELS[status] ?? status}${reason}`, 'Wait until Yunpian approves the template, or pick an approved one.');
		}
	}

	/**
	 * The template must be approved and every variable given exactly; the filled-in text must start with
	 * 【signature】 and fit. Returns the text and its billed segments.
	 */
	async check(templateId: string, variables: VariablePairs, itemIndex: number): Promise<FilledTemplate> {
		const node = this.context.getNode();
		await this.requireApproved(templateId, itemIndex);
		const content = String((await this.load(templateId, itemIndex)).tpl_content ?? '');
		const wanted = placeholderKeys(content, 'yunpian');
		const given = variables.map(([name]) => name);
		const missing = wanted.filter((name) => !given.includes(name));
		const extra = given.filter((name) => !wanted.includes(name));
		if (missing.length || extra.length) {
			const problem = [missing.length ? `missing ${missing.map((n) => `#${n}#`).join(', ')}` : '', extra.length ? `not in the template: ${extra.map((n) => `#${n}#`).join(', ')}` : '']
				.filter(Boolean)
				.join('; ');
			throw inputError(node, itemIndex, 'Template Variables', `template ${templateId} has ${wanted.map((n) => `#${n}#`).join(', ') || 'no variables'}: ${problem}`, 'Give one value for each #variable# of the template, by name.');
		}
		const text = fillTemplate(content, 'yunpian', valuesOf(variables));
		if (smsLength(text) === 0) return { text, segments: 0 };
		return { text, segments: checkSmsText.call(this.context, itemIndex, text, 'Template Variables') };
	}

	/** The template filled in without any check (Check Template Before Sending is off): what Yunpian would make of it. */
	async fill(templateId: string, variables: VariablePairs, itemIndex: number): Promise<FilledTemplate> {
		const text = fillTemplate(String((await this.load(templateId, itemIndex)).tpl_content ?? ''), 'yunpian', valuesOf(variables));
		return { text, segments: countSegments(text) };
	}
}
