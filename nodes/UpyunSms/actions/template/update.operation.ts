import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { textOf } from '../../../shared/validation/text';
import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { upyunRequest } from '../../transport';
import { getTemplateId, templateLocator } from '../../helpers/fields';
import { checkTemplateFields } from '../../helpers/templateRules';
import { contentField, signatureField, signLocationField, titleField } from '../../helpers/templateFields';

const properties: INodeProperties[] = [
	{
		displayName: 'Any change sends the template back to review; it cannot send until UPYUN approves it again',
		name: 'reviewNotice',
		type: 'notice',
		default: '',
	},
	templateLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Type and review channel cannot be changed; create a new template for that',
		options: [contentField, signatureField, signLocationField, titleField],
	},
	requestOptionsCollection('write'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = getTemplateId.call(this, itemIndex);
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = {};
		const node = this.getNode();
		if (fields.title !== undefined) body.title = textOf(node, itemIndex, 'Title', fields.title);
		if (fields.content !== undefined) body.content = textOf(node, itemIndex, 'Content', fields.content);
		if (fields.tempSign !== undefined) body.temp_sign = textOf(node, itemIndex, 'Signature', fields.tempSign).trim();
		if (fields.signLocation !== undefined) body.sign_location = fields.signLocation;
		if (Object.keys(body).length === 0) {
			throw inputError(this.getNode(), itemIndex, 'Update Fields', 'nothing to update', 'Add at least one field to change.');
		}
		checkTemplateFields.call(this, body as { title?: string; content?: string; temp_sign?: string }, itemIndex);
		return await upyunRequest.call(this, { method: 'PATCH', path: `/api/templates/${templateId}`, body, expect: 'object' }, itemIndex);
	});
}
