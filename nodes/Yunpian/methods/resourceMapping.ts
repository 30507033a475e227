import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { findPlaceholders } from '../../shared/templates/placeholders';
import { variableFieldsOf } from '../../shared/templates/variableFields';
import { objectWith } from '../../shared/transport/expect';
import { yunpianRequest } from '../transport';

/**
 * The fields of Template Variables: one required text field per distinct `#name#` of the chosen template, in
 * order of appearance. `tpl/get` with `tpl_id` answers the template, SMS or voice
 * (https://www.yunpian.com/official/document/sms/zh_cn/domestic_tpl_get).
 */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const chosen = this.getNodeParameter('templateId', undefined, { extractValue: true }) as unknown;
	const templateId = typeof chosen === 'string' || typeof chosen === 'number' ? String(chosen).trim() : '';
	if (!/^\d+$/.test(templateId)) {
		return { fields: [], emptyFieldsNotice: 'Choose a template first: its variables then appear here as fields.' };
	}
	const template = await yunpianRequest.call(this, 'sms', 'tpl/get', { tpl_id: templateId }, undefined, objectWith('tpl_id'));
	return variableFieldsOf(findPlaceholders(String(template.tpl_content ?? ''), 'yunpian'));
}
