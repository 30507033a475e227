import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchTemplates, signedText, type UpyunTemplate } from '../helpers/templates';

/** How the list shows a review status: only approved templates can send, the others say so. */
const STATUS_IN_LIST: Record<string, string> = {
	success: 'Approved',
	review: 'Under review, cannot send yet',
	defeat: 'Rejected, cannot send',
};

function listName(template: UpyunTemplate): string {
	const status = STATUS_IN_LIST[template.status] ?? `Status ${template.status}, cannot send`;
	return `${template.title} · ${status} · ${signedText(template, template.content)}`;
}

/**
 * Templates of the account, searchable by ID, title or text; each shows its title, review status and the
 * text with its signature where UPYUN puts it. Unapproved ones stay visible, marked as unusable, after the
 * approved ones (UPYUN lists every template at once: `GET /api/templates`, https://help.upyun.com/knowledge-base/sms-api/).
 */
export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const templates = await fetchTemplates.call(this);
	const needle = (filter ?? '').trim().toLowerCase();
	const matching = templates.filter((template) => !needle || `${template.id} ${template.title} ${template.temp_sign} ${template.content}`.toLowerCase().includes(needle));
	const approvedFirst = [...matching.filter((template) => template.status === 'success'), ...matching.filter((template) => template.status !== 'success')];
	return {
		results: approvedFirst.map((template) => ({ name: listName(template), value: String(template.id) })),
	};
}
