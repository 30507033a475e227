import { NodeOperationError, type ILoadOptionsFunctions, type ResourceMapperFields } from 'n8n-workflow';

import { findPlaceholders } from '../../shared/templates/placeholders';
import { variableFieldsOf } from '../../shared/templates/variableFields';
import { objectWith } from '../../shared/transport/expect';
import { jpushRequest } from '../transport';

/** The Template ID as the editor sends it: a fixed positive number, else undefined (empty, or an expression). */
function fixedTemplateId(context: ILoadOptionsFunctions): string | undefined {
	for (const read of [
		() => context.getCurrentNodeParameter('templateId', { extractValue: true }),
		() => context.getNodeParameter('templateId', undefined, { extractValue: true }),
	]) {
		try {
			const value = read();
			const id = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
			if (id !== '') return /^[1-9]\d{0,15}$/.test(id) ? id : undefined;
		} catch {
			// Not set in this source: try the next one.
		}
	}
	return undefined;
}

/**
 * The variable fields of the template: one per distinct {{name}}, in order of first use. JPush cannot list
 * templates, so the template is read by its ID (`GET /v1/templates/{temp_id}`,
 * https://docs.jiguang.cn/jsms/server/rest_api_jsms_templates).
 */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const templateId = fixedTemplateId(this);
	if (templateId === undefined) {
		throw new NodeOperationError(this.getNode(), 'Enter a Template ID to load its variables', {
			description: 'Type the numeric template ID (a fixed value, not an expression). For a template ID given by an expression, set Variables Input to Name/Value Pairs or JSON.',
		});
	}
	const template = await jpushRequest.call(this, { method: 'GET', path: `/v1/templates/${templateId}`, expect: objectWith('temp_id') });
	return variableFieldsOf(findPlaceholders(String(template.template ?? ''), 'jpush'));
}
