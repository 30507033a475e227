import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { simplifyField } from '../../../shared/descriptions/simplify';
import { forEachItem } from '../../../shared/itemLoop';
import { simplifyOutput } from '../../../shared/simplify';
import { getTemplateId, templateLocator } from '../../helpers/fields';
import { TemplateBook } from '../../helpers/templateCheck';
import { TEMPLATE_SUMMARY_FIELDS } from '../../helpers/templateSummary';

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['get'] } },
	[templateLocator, simplifyField, requestOptionsCollection('read')] as INodeProperties[],
);

/** UPYUN has no get-by-ID endpoint: the template is picked from the account's list, loaded once. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await forEachItem(this, async (itemIndex) => {
		return simplifyOutput(this, itemIndex, TEMPLATE_SUMMARY_FIELDS, await templates.get(getTemplateId.call(this, itemIndex), itemIndex));
	});
}
