import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { getText } from '../../../shared/validation/text';
import { forEachItem } from '../../../shared/itemLoop';
import { liupaiObject } from '../../transport';
import { accountLocator, getLocatorId } from '../../helpers/fields';
import { placeholderCount } from '../../helpers/templates';

const MARKETING_SUFFIX = '回TD退订';

const properties: INodeProperties[] = [
	accountLocator,
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. login_code',
		description: 'Your own label for the template',
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. 【ACME】您的验证码是@',
		description: 'The template text. Write @ where a value goes. 70 characters make one SMS. Marketing templates must contain "回TD退订".',
	},
	{
		displayName: 'Marketing',
		name: 'isMarketing',
		type: 'boolean',
		default: false,
		description: 'Whether this is a marketing template; marketing text must contain "回TD退订" (reply TD to unsubscribe)',
	},
	{
		displayName: 'New templates are reviewed by Liupai (review contact: QQ 768996893) and can send once approved',
		name: 'reviewNotice',
		type: 'notice',
		default: '',
	},
	requestOptionsCollection('write'),
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['create'] } }, properties);

/** `sms/addtemplate`. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const node = this.getNode();
		const accountId = getLocatorId.call(this, 'accountId', 'Sub-Account', itemIndex);
		const title = getText(this, itemIndex, 'title', 'Title').trim();
		const content = getText(this, itemIndex, 'content', 'Content').trim();
		const isMarketing = this.getNodeParameter('isMarketing', itemIndex, false) as boolean;
		if (!title) throw inputError(node, itemIndex, 'Title', 'is empty', 'Give the template a label, e.g. login_code.');
		if (!content) throw inputError(node, itemIndex, 'Content', 'is empty', 'Type the template text, with @ where values go.');
		if (content.replace(/@/g, '').trim() === '') {
			throw inputError(node, itemIndex, 'Content', `has only @ placeholders (${placeholderCount(content)})`, 'Write the fixed text of the message around the @ placeholders.');
		}
		if (isMarketing && !content.includes(MARKETING_SUFFIX)) {
			throw inputError(node, itemIndex, 'Content', `a marketing template must contain "${MARKETING_SUFFIX}"`, `Add "${MARKETING_SUFFIX}" (reply TD to unsubscribe), e.g. at the end of the text.`);
		}
		return await liupaiObject.call(this, 'addtemplate', { accountid: accountId, title, content, ismarket: isMarketing ? 1 : 0 }, itemIndex);
	});
}
