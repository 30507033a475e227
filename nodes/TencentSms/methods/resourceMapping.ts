import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { variableFieldsOf } from '../../shared/templates/variableFields';
import { fetchTemplate, templatePlaceholders } from '../helpers/templates';

/** The picked template's `{1}`, `{2}`… as fields, in number order (the order of TemplateParamSet). */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const picked = this.getCurrentNodeParameter('templateId', { extractValue: true });
	const templateId = typeof picked === 'string' || typeof picked === 'number' ? String(picked).trim() : '';
	if (!/^\d+$/.test(templateId)) return { fields: [], emptyFieldsNotice: 'Pick a template above (or enter its numeric ID) to see its variables here.' };
	const template = await fetchTemplate.call(this, templateId);
	if (!template) return { fields: [], emptyFieldsNotice: `Template ${templateId} is not in this Tencent Cloud account. Pick one from the list.` };
	const placeholders = templatePlaceholders(template);
	if (placeholders.length === 0) return { fields: [], emptyFieldsNotice: 'This template has no variables: there is nothing to fill in.' };
	return variableFieldsOf(placeholders);
}
