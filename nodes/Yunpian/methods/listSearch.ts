import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { listIn } from '../../shared/transport/expect';
import { fetchTemplates, reviewLabel } from '../helpers/templates';
import { yunpianRequest } from '../transport';

const matches = (needle: string, ...texts: unknown[]) => !needle || texts.join(' ').toLowerCase().includes(needle);

/**
 * Templates of the account (`tpl/get` without an ID, https://www.yunpian.com/official/document/sms/zh_cn/domestic_tpl_get),
 * searchable by ID, text or review state. Each shows its ID, review state and text; templates under review or
 * rejected stay in the list (to edit or delete them) but say they cannot send.
 */
export async function searchTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const templates = await fetchTemplates.call(this);
	return {
		results: templates
			.map((template) => ({ template, review: reviewLabel(template.check_status) }))
			.filter(({ template, review }) => matches(needle, template.tpl_id, template.tpl_content, review))
			.map(({ template, review }) => {
				const item: INodeListSearchItems = { name: `${String(template.tpl_id)} · ${review} · ${String(template.tpl_content ?? '')}`, value: String(template.tpl_id) };
				if (template.reason) item.description = `Yunpian's review: ${String(template.reason)}`;
				return item;
			}),
	};
}

/**
 * Signatures of the account (`sign/get`, https://github.com/yunpian/yunpian-java-sdk/blob/master/src/main/java/com/yunpian/sdk/api/SignApi.java),
 * searchable by text or review state. A signature has no ID: its text is the value. Where the answer has no
 * `check_status`, `apply_state` ALL_SUCCESS (approved on every channel) counts as approved.
 */
export async function searchSignatures(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const answer = await yunpianRequest.call(this, 'sms', 'sign/get', {}, undefined, listIn('sign'));
	const signs = answer.sign as IDataObject[];
	return {
		results: signs
			.map((sign) => ({ sign, review: reviewLabel(sign.check_status ?? (sign.apply_state === 'ALL_SUCCESS' ? 'SUCCESS' : sign.apply_state)) }))
			.filter(({ sign, review }) => matches(needle, sign.sign, review))
			.map(({ sign, review }) => ({ name: `【${String(sign.sign)}】 · ${review}`, value: String(sign.sign) })),
	};
}
