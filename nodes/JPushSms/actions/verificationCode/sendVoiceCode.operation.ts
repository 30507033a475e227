import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { previewOnlyOption } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { runSend } from '../../../shared/send/engine';
import { textOf } from '../../../shared/validation/text';
import type { SendAdapter } from '../../../shared/send/types';
import { jpushRequest } from '../../transport';
import { CHECK_REPORTS, JPUSH, messageIdAnswer } from '../../helpers/answers';
import { readTtl } from '../../helpers/fields';
import { jpushPreview } from '../../helpers/message';
import { getMobile, mobileField, VOICE_MOBILE_RULES } from '../../helpers/recipients';

const properties: INodeProperties[] = [
	mobileField(false),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Code',
				name: 'code',
				type: 'string',
				default: '',
				placeholder: 'e.g. 123456',
				description: 'The code to read out, 4–8 digits. Without it JPush generates one.',
			},
			{
				displayName: 'Language',
				name: 'voiceLang',
				type: 'options',
				default: 0,
				options: [
					{ name: 'Chinese', value: 0 },
					{ name: 'English', value: 1 },
					{ name: 'Chinese and English', value: 2 },
				],
				description: 'The language the code is read out in',
			},
			// A voice call has no text to preview: Preview Only shows the request that would go out.
			previewOnlyOption,
			timeoutOption,
			{
				displayName: 'TTL (Seconds)',
				name: 'ttl',
				type: 'number',
				default: 60,
				typeOptions: { minValue: 1, maxValue: 86400 },
				description: 'How long the code stays valid, 1 to 86400 seconds (JPush’s default is 60)',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['verificationCode'], operation: ['sendVoiceCode'] } },
	properties,
);

/** `POST /v1/voice_codes`: JPush calls the number and reads the code out; its `msg_id` is the Message ID that Verify takes. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const { dryRun, describe } = await jpushPreview.call(this);
	const adapter: SendAdapter<IDataObject> = {
		readItem: async (itemIndex) => {
			const mobile = getMobile.call(this, itemIndex, VOICE_MOBILE_RULES);
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const body: IDataObject = { mobile };
			const code = textOf(this.getNode(), itemIndex, 'Code', options.code).trim();
			if (code !== '') {
				if (!/^\d{4,8}$/.test(code)) {
					throw inputError(this.getNode(), itemIndex, 'Code', `"${code}" is not 4 to 8 digits`, 'Use 4–8 digits, e.g. 123456, or leave the option out to let JPush generate one.');
				}
				body.code = code;
			}
			if (options.voiceLang !== undefined) {
				const lang = Number(options.voiceLang);
				if (![0, 1, 2].includes(lang)) throw inputError(this.getNode(), itemIndex, 'Language', `"${String(options.voiceLang)}" is not a language`, 'Choose Chinese, English, or Chinese and English.');
				body.voice_lang = lang;
			}
			if (options.ttl !== undefined) body.ttl = readTtl.call(this, itemIndex, options.ttl);
			return [{ mobile, data: body }];
		},
		buildRequest: ([recipient]) => recipient.data,
		sendRequest: async (body, itemIndex) => await jpushRequest.call(this, { method: 'POST', path: '/v1/voice_codes', body, kind: 'send', expect: 'object' }, itemIndex),
		readAnswer: (answer) => [messageIdAnswer(answer)],
		describeRequest: (body) => describe({ method: 'POST', path: '/v1/voice_codes', body }),
	};
	return await runSend(this, JPUSH, adapter, { batchSize: 1, messageIds: true, checkWhere: CHECK_REPORTS, dryRun });
}
