import type { IDataObject } from 'n8n-workflow';

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

const PLACEHOLDER = /\{\$[^{}]*\}/g;

export async function fetchTemplates(
	this: RequestContext,
	filters: IDataObject = {},
	itemIndex?: number,
): Promise<UpyunTemplate[]> {
	const answer = await upyunRequest.call(this, { method: 'GET', path: '/api/templates', qs: filters, expect: listIn('templates') }, itemIndex);
	return Array.isArray(answer.templates) ? (answer.templates as UpyunTemplate[]) : [];
}

/** How many `{$var}` placeholders a template has; values are given in this order. */
export function placeholderCount(content: string): number {
	return (content.match(PLACEHOLDER) ?? []).length;
}

export function renderTemplate(content: string, values: string[]): string {
	let index = 0;
	return content.replace(PLACEHOLDER, (placeholder) => values[index++] ?? placeholder);
}

/** The text as the recipient sees it: UPYUN adds 【signature】 at the chosen side. */
export function signedText(template: UpyunTemplate, rendered: string): string {
	const sign = `【${template.temp_sign}】`;
	return template.sign_location === 'bottom' ? `${rendered}${sign}` : `${sign}${rendered}`;
}

export const TEMPLATE_STATUS_LABELS: Record<string, string> = {
	review: 'under review (审核中)',
	success: 'approved',
	defeat: 'rejected (审核失败)',
};
