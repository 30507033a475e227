import { NodeOperationError, type ILoadOptionsFunctions, type ResourceMapperFields } from 'n8n-workflow';

import { findPlaceholders } from '../../shared/templates/placeholders';
import { variableFieldsOf } from '../../shared/templates/variableFields';
import { fetchSubAccounts, fetchTemplates } from '../helpers/lists';
import { chosenAccount, currentParameter } from './parameters';

/**
 * The variable fields of the chosen template: one per `@`, in order, each named by its position and the
 * text before it ("Value 1 (您的验证码是 …)"). The template is looked up in the chosen sub-account's list
 * (Liupai reads templates only by sub-account), else in every sub-account's.
 */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const raw = currentParameter(this, 'templateId');
	const templateId = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (!/^\d+$/.test(templateId)) {
		throw new NodeOperationError(this.getNode(), 'Choose a template to load its variables', {
			description: 'Pick the template from the list or enter its ID. For a template chosen by an expression, set Variables Input to List and give the values in order.',
		});
	}
	const chosen = chosenAccount(this);
	const owners = chosen ? [chosen] : (await fetchSubAccounts.call(this)).map((row) => String(row.accountid));
	for (const owner of owners) {
		const template = (await fetchTemplates.call(this, owner)).find((row) => String(row.templateid) === templateId);
		if (template) return variableFieldsOf(findPlaceholders(String(template.content ?? ''), 'liupai'));
	}
	throw new NodeOperationError(this.getNode(), `Template ${templateId} was not found${chosen ? ` in sub-account ${chosen}` : ''}`, {
		description: 'Pick the sub-account that owns the template, then the template from the list.',
	});
}
