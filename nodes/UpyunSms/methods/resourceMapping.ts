import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { variableFieldsOf } from '../../shared/templates/variableFields';
import { fetchTemplates, templatePlaceholders } from '../helpers/templates';

/**
 * The picked template's variables as fields: one per `{$var}` placeholder, in the order UPYUN fills them,
 * each named by its position and the text before it (e.g. "var1 (Your code is …)").
 */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const picked = this.getCurrentNodeParameter('templateId', { extractValue: true });
	const templateId = typeof picked === 'string' || typeof picked === 'number' ? String(picked).trim() : '';
	if (!/^\d+$/.test(templateId)) {
		return { fields: [], emptyFieldsNotice: 'Pick a template above (or enter its numeric ID) to see its variables here.' };
	}
	const template = (await fetchTemplates.call(this)).find((entry) => String(entry.id) === templateId);
	if (!template) {
		return { fields: [], emptyFieldsNotice: `Template ${templateId} is not in this UPYUN account. Pick one from the list.` };
	}
	const placeholders = templatePlaceholders(template.content);
	if (placeholders.length === 0) {
		return { fields: [], emptyFieldsNotice: 'This template has no variables: there is nothing to fill in.' };
	}
	return variableFieldsOf(placeholders);
}
