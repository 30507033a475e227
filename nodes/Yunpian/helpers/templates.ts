import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { objectWith } from '../../shared/transport/expect';
import type { RequestContext } from '../../shared/transport/request';
import { smsLength } from '../../shared/validation/smsLength';
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
	CHECKING: 'under review (审核中)',
	SUCCESS: 'approved',
	FAIL: 'rejected (未通过)',
};

/** Every SMS template of the account (`tpl/get` without an ID answers an array; anything else is an error). */
export async function fetchTemplates(this: RequestContext, itemIndex?: number): Promise<YunpianTemplate[]> {
	return (await yunpianList.call(this, 'sms', 'tpl/get', {}, itemIndex, 'array')) as YunpianTemplate[];
}

/** Distinct `#name#` variables of a template, in order. */
export function templateVariables(content: string): string[] {
	return [...new Set([...content.matchAll(/#([^#\s]+)#/g)].map((match) => match[1]))];
}

/** Loads each template once per run and checks sends against it before anything is sent. */
export class TemplateBook {
	private readonly cache = new Map<string, Promise<YunpianTemplate>>();

	constructor(private readonly context: IExecuteFunctions) {}

	private async load(templateId: string, itemIndex: number): Promise<YunpianTemplate> {
		if (!this.cache.has(templateId)) {
			this.cache.set(templateId, yunpianRequest.call(this.context, 'sms', 'tpl/get', { tpl_id: templateId }, itemIndex, objectWith('tpl_id')) as Promise<YunpianTemplate>);
		}
		return await this.cache.get(templateId)!;
	}

	/**
	 * The template must be approved and every variable given exactly; the filled-in text must start with
	 * 【signature】 and fit. Returns the billed segments of the text.
	 */
	async check(templateId: string, variables: VariablePairs, itemIndex: number): Promise<number> {
		const node = this.context.getNode();
		const template = await this.load(templateId, itemIndex);
		const status = String(template.check_status ?? '');
		if (status !== 'SUCCESS') {
			const reason = template.reason ? ` (${String(template.reason)})` : '';
			throw inputError(node, itemIndex, 'Template', `template ${templateId} is ${CHECK_STATUS_LABELS[status] ?? status}${reason}`, 'Wait until Yunpian approves the template, or pick an approved one.');
		}
		const content = String(template.tpl_content ?? '');
		const wanted = templateVariables(content);
		const given = variables.map(([name]) => name);
		const missing = wanted.filter((name) => !given.includes(name));
		const extra = given.filter((name) => !wanted.includes(name));
		if (missing.length || extra.length) {
			const problem = [missing.length ? `missing ${missing.map((n) => `#${n}#`).join(', ')}` : '', extra.length ? `not in the template: ${extra.map((n) => `#${n}#`).join(', ')}` : '']
				.filter(Boolean)
				.join('; ');
			throw inputError(node, itemIndex, 'Template Variables', `template ${templateId} has ${wanted.map((n) => `#${n}#`).join(', ') || 'no variables'}: ${problem}`, 'Give one value for each #variable# of the template, by name.');
		}
		const values = new Map(variables);
		const text = content.replace(/#([^#\s]+)#/g, (whole, name: string) => values.get(name) ?? whole);
		if (smsLength(text) === 0) return 0;
		return checkSmsText.call(this.context, itemIndex, text, 'Template Variables');
	}
}
