import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchTemplates, TEMPLATE_STATUS_LABELS } from '../helpers/templates';

/** Templates of the account, searchable by title or text, each showing its status and content. */
export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const templates = await fetchTemplates.call(this);
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: templates
			.filter((template) => !needle || `${template.id} ${template.title} ${template.content}`.toLowerCase().includes(needle))
			.map((template) => ({
				name: `${template.title} [${TEMPLATE_STATUS_LABELS[template.status] ?? template.status}] 【${template.temp_sign}】${template.content}`,
				value: String(template.id),
			})),
	};
}
