import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { listIn } from '../../shared/transport/expect';
import { CHECK_STATUS_LABELS, fetchTemplates } from '../helpers/templates';
import { yunpianRequest } from '../transport';

const matches = (needle: string, ...texts: unknown[]) => !needle || texts.join(' ').toLowerCase().includes(needle);

/** Templates of the account, searchable by ID or text, each with its review state. */
export async function searchTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const templates = await fetchTemplates.call(this);
	return {
		results: templates
			.filter((template) => matches(needle, template.tpl_id, template.tpl_content))
			.map((template) => ({
				name: `${String(template.tpl_id)} [${CHECK_STATUS_LABELS[template.check_status] ?? template.check_status}] ${template.tpl_content}`,
				value: String(template.tpl_id),
			})),
	};
}

/** Signatures of the account, searchable, each with its review state. */
export async function searchSignatures(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const answer = await yunpianRequest.call(this, 'sms', 'sign/get', {}, undefined, listIn('sign'));
	const signs = answer.sign as IDataObject[];
	return {
		results: signs
			.filter((sign) => matches(needle, sign.sign))
			.map((sign) => ({
				name: `【${String(sign.sign)}】${sign.check_status ? ` [${String(sign.check_status)}]` : sign.apply_state ? ` [${String(sign.apply_state)}]` : ''}`,
				value: String(sign.sign),
			})),
	};
}
