import {
	NodeApiError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { asNodeError, forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { getText } from '../../../shared/validation/text';
import { jpushRequest } from '../../transport';
import { jpushErrors } from '../../transport/errors';

const properties: INodeProperties[] = [
	{
		displayName: 'Message ID',
		name: 'msgId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 288193860302',
		description: 'The Message ID (messageId) returned by Send Text Code or Send Voice Code',
	},
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 123456',
		description: 'The code the user entered',
	},
	requestOptionsCollection('write'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['verificationCode'], operation: ['verify'] } },
	properties,
);

/** Answers that mean "this code does not pass", a normal outcome: wrong, expired, already used, unknown msg_id. */
const NOT_VALID = ['50010', '50011', '50012', '50026'];

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const msgId = getText(this, itemIndex, 'msgId', 'Message ID').trim();
		if (!/^\d{1,20}$/.test(msgId)) {
			throw inputError(this.getNode(), itemIndex, 'Message ID', msgId ? `"${msgId}" is not a message ID` : 'no message ID given', 'Map the messageId output of Verification Code → Send Text Code or Send Voice Code.');
		}
		const code = getText(this, itemIndex, 'code', 'Code').trim();
		if (!/^\d{1,16}$/.test(code)) {
			throw inputError(this.getNode(), itemIndex, 'Code', code ? `"${code}" is not a code of digits` : 'no code given', 'Map the code the user entered, e.g. 123456.');
		}
		try {
			// A check uses the code up (a second one answers 50012 "already verified"): a write, never repeated.
			const answer = await jpushRequest.call(this, { method: 'POST', path: `/v1/codes/${msgId}/valid`, body: { code }, kind: 'write', expect: objectWith('is_valid') }, itemIndex);
			return { isValid: answer.is_valid === true, messageId: msgId };
		} catch (error) {
			const response = error instanceof NodeApiError ? (error.errorResponse as IDataObject | undefined) : undefined;
			const errorCode = String(response?.code ?? '');
			if (!NOT_VALID.includes(errorCode)) throw asNodeError(this.getNode(), error, itemIndex);
			const providerError = ((response?.response as IDataObject | undefined)?.error ?? {}) as IDataObject;
			const result: IDataObject = { isValid: false, messageId: msgId, errorCode, reason: jpushErrors[errorCode].meaning };
			if (typeof providerError.message === 'string') result.errorMessage = providerError.message;
			return result;
		}
	});
}
