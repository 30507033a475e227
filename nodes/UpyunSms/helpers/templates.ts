import type { IDataObject } from 'n8n-workflow';

import { fillTemplate, findPlaceholders, type Placeholder } from '../../shared/templates/placeholders';
import { listIn } from '../../shared/transport/expect';
import type { RequestContext } from '../../shared/transport/request';
import { upyunRequest } from '../transport';

export interface UpyunTemplate extends IDataObject {
	id: number | string;
	title: string;
	temp_sign: string;
	content: string;
	sign_location: 'top' | 'bottom' | string;
	type: string;
	report_type: string;
	status: 'review' | 'success' | 'defeat' | string;
}

export async function fetchTemplates(
	this: RequestContext,
	filters: IDataObject = {},
	itemIndex?: number,
): Promise<UpyunTemplate[]> {
	const answer = await upyunRequest.call(this, { method: 'GET', path: '/api/templates', qs: filters, expect: listIn('templates') }, itemIndex);
	return Array.isArray(answer.templates) ? (answer.templates as UpyunTemplate[]) : [];
}

/**
 * The template's `{$var1}`, `{$var2}`… placeholders, one per occurrence, in the order `vars` lists their
 * values (UPYUN SMS API, 短信发送: https://help.upyun.com/knowledge-base/sms-api/).
 */
export function templatePlaceholders(content: string): Placeholder[] {
	return findPlaceholders(content, 'upyun');
}

/** How many values a template takes. */
export function placeholderCount(content: string): number {
	return templatePlaceholders(content).length;
}

/** The template with the values in order, as UPYUN fills it (the n-th value for the n-th placeholder). */
export function renderTemplate(content: string, values: string[]): string {
	const byKey: Record<string, string> = {};
	values.forEach((value, index) => (byKey[`var${index + 1}`] = value));
	return fillTemplate(content, 'upyun', byKey);
}

/** The text as the recipient sees it: UPYUN adds 【signature】 at the template's `sign_location` (or a send's own signature). */
export function signedText(template: UpyunTemplate, rendered: string, sign: string = template.temp_sign): string {
	const shown = `【${sign}】`;
	return template.sign_location === 'bottom' ? `${rendered}${shown}` : `${shown}${rendered}`;
}

export const TEMPLATE_STATUS_LABELS: Record<string, string> = {
	review: 'under review',
	success: 'approved',
	defeat: 'rejected',
};
