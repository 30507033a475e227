import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { previewOnlyOption } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { runSend } from '../../../shared/send/engine';
import type { SendAdapter } from '../../../shared/send/types';
import { jpushRequest } from '../../transport';
import { CHECK_REPORTS, JPUSH, messageIdAnswer } from '../../helpers/answers';
import { checkTemplateOption, getOptionalSignId, getTemplateId, signIdOption, templateLocator } from '../../helpers/fields';
import { getMobile, mobileField } from '../../helpers/recipients';
import { jpushPreview, previewText } from '../../helpers/message';
import { TemplateBook } from '../../helpers/templates';

/** What the preview of a code says: JPush writes the code it generates where the template has {{code}}. */
export const CODE_PREVIEW_NOTE =
	'JPush generates the code and puts it where the template has {{code}}: the preview shows the placeholder, and its length counts it as 8 characters.';

const properties: INodeProperties[] = [
	mobileField(true),
	{ ...templateLocator, description: 'An approved verification-code template (type 1) with one variable, {{code}}: JPush generates the code and its validity comes from the template’s TTL' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [checkTemplateOption, previewOnlyOption, signIdOption, timeoutOption],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['verificationCode'], operation: ['sendCode'] } },
	properties,
);

/** `POST /v1/codes`: JPush generates the code and answers its `msg_id`, the Message ID that Verify takes. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const { dryRun, describe } = await jpushPreview.call(this);
	const adapter: SendAdapter<IDataObject> = {
		readItem: async (itemIndex) => {
			const mobile = getMobile.call(this, itemIndex);
			const templateId = getTemplateId.call(this, itemIndex);
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const body: IDataObject = { mobile, temp_id: templateId };
			const signId = getOptionalSignId.call(this, itemIndex, options);
			if (signId !== undefined) body.sign_id = signId;
			if (options.checkTemplate !== false) await templates.check(templateId, undefined, [1], itemIndex);
			if (options.checkTemplate === false && !dryRun) return [{ mobile, data: body, extra: { templateId } }];
			const template = await templates.get(templateId, itemIndex);
			const { text, previewNote } = await previewText.call(this, templates, String(template.template ?? ''), signId, itemIndex);
			return [{ mobile, data: body, text, extra: { templateId, previewNote: previewNote ? `${CODE_PREVIEW_NOTE} ${previewNote}` : CODE_PREVIEW_NOTE } }];
		},
		buildRequest: ([recipient]) => recipient.data,
		sendRequest: async (body, itemIndex) => await jpushRequest.call(this, { method: 'POST', path: '/v1/codes', body, kind: 'send', expect: 'object' }, itemIndex),
		readAnswer: (answer) => [messageIdAnswer(answer)],
		describeRequest: (body) => describe({ method: 'POST', path: '/v1/codes', body }),
	};
	return await runSend(this, JPUSH, adapter, { batchSize: 1, messageIds: true, checkWhere: CHECK_REPORTS, dryRun });
}
