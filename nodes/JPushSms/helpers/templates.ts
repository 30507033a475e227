import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { objectWith } from '../../shared/transport/expect';
import { smsLength } from '../../shared/validation/smsLength';
import { jpushRequest } from '../transport';
import type { TempPara } from './variables';

/** Message text limit (signature + text), https://docs.jiguang.cn/jsms/server/rest_api_summary (older docs said 350). */
export const MAX_TEXT_LENGTH = 350;

export const TEMPLATE_TYPES: Record<number, string> = {
	1: 'verification code',
	2: 'notification',
	3: 'marketing',
};

export const TEMPLATE_STATUSES: Record<number, string> = {
	0: 'under review',
	1: 'approved',
	2: 'rejected',
};

export interface JPushTemplate extends IDataObject {
	temp_id: number;
	template: string;
	type: number;
	status: number;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Distinct `{{name}}` variables of a template text, in order of first use. */
export function variableNames(text: string): string[] {
	return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

export function render(text: string, values: TempPara): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** Loads each template (and signature) once per execution, so every item is checked without a request each. */
export class TemplateBook {
	private readonly templates = new Map<number, Promise<JPushTemplate>>();

	private readonly signatures = new Map<number, Promise<IDataObject>>();

	constructor(private readonly context: IExecuteFunctions) {}

	/**
	 * The 【signature】 JPush puts before the text (https://docs.jiguang.cn/jsms/server/rest_api_jsms): the
	 * signature read by its ID (`GET /v1/sign/{sign_id}`), once per execution.
	 */
	async signaturePrefix(signId: number, itemIndex: number): Promise<string> {
		let signature = this.signatures.get(signId);
		if (!signature) {
			signature = jpushRequest.call(this.context, { method: 'GET', path: `/v1/sign/${signId}`, expect: objectWith('sign_id') }, itemIndex);
			this.signatures.set(signId, signature);
		}
		const sign = (await signature).sign;
		return typeof sign === 'string' && sign !== '' ? `【${sign}】` : '';
	}

	async get(templateId: number, itemIndex: number): Promise<JPushTemplate> {
		let template = this.templates.get(templateId);
		if (!template) {
			template = jpushRequest.call(this.context, { method: 'GET', path: `/v1/templates/${templateId}`, expect: objectWith('temp_id') }, itemIndex) as Promise<JPushTemplate>;
			this.templates.set(templateId, template);
		}
		return await template;
	}

	/**
	 * Refuses what JPush would refuse for this template: not approved (50020/50021), a type the
	 * endpoint does not take (50025), variables missing (50022) or unknown, and text over 350 characters.
	 */
	async check(templateId: number, tempPara: TempPara | undefined, allowedTypes: number[], itemIndex: number): Promise<void> {
		const node = this.context.getNode();
		const template = await this.get(templateId, itemIndex);
		const status = Number(template.status);
		if (status !== 1) {
			throw inputError(node, itemIndex, 'Template', `template ${templateId} is ${TEMPLATE_STATUSES[status] ?? `in status ${status}`} and cannot send`,
				status === 2 ? 'Edit the template (Template → Update) to submit it again, or use another one.' : 'Wait until JPush approves the template, then run the workflow again.');
		}
		const type = Number(template.type);
		if (!allowedTypes.includes(type)) {
			throw inputError(node, itemIndex, 'Template', `template ${templateId} is a ${TEMPLATE_TYPES[type] ?? `type ${type}`} template, which this operation cannot send`,
				type === 1 ? 'Use Verification Code → Send Text Code for verification templates.' : 'Use a verification-code template (type 1) for codes, a notification or marketing template for messages.');
		}
		if (!tempPara) return;
		const names = variableNames(String(template.template ?? ''));
		const missing = names.filter((name) => !(name in tempPara));
		if (missing.length > 0) {
			throw inputError(node, itemIndex, 'Template Variables', `no value for ${missing.map((name) => `{{${name}}}`).join(', ')} of template ${templateId}`, `Give a value for every variable of: ${template.template}`);
		}
		const unknown = Object.keys(tempPara).filter((name) => !names.includes(name));
		if (unknown.length > 0) {
			throw inputError(node, itemIndex, 'Template Variables', `template ${templateId} has no variable ${unknown.map((name) => `"${name}"`).join(', ')}`,
				names.length ? `Its variables are ${names.map((name) => `{{${name}}}`).join(', ')}.` : 'The template has no variables: remove them.');
		}
		const length = smsLength(render(String(template.template), tempPara));
		if (length > MAX_TEXT_LENGTH) {
			throw inputError(node, itemIndex, 'Template Variables', `the message would be ${length} characters before the signature; JPush sends at most ${MAX_TEXT_LENGTH} with it`, 'Shorten the variable values.');
		}
	}
}
