import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { findPlaceholders } from '../../shared/templates/placeholders';
import { variableFieldsOf } from '../../shared/templates/variableFields';
import { getTemplate } from '../helpers/templates';

/** The chosen template's `${name}` variables as fields (GetSmsTemplate); none until a template is chosen. */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const chosen = this.getNodeParameter('templateCode', undefined, { extractValue: true }) as unknown;
	const code = typeof chosen === 'string' ? chosen.trim() : '';
	if (!/^SMS_\d+$/.test(code)) return { fields: [] };
	const template = await getTemplate.call(this, code);
	return variableFieldsOf(findPlaceholders(template.TemplateContent, 'aliyun'));
}
