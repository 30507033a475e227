import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { getText } from '../../../shared/validation/text';
import { forEachItem } from '../../../shared/itemLoop';
import { operationFields, requestOptions } from '../../helpers/operation';
import { yunpianRequest } from '../../transport';
import { blackWordsAnswer } from '../../transport/expect';

export const description = operationFields('sms', 'checkBlackWords', [
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. 【ACME】Your code is 1234',
		description: 'The text to check for words Yunpian blocks',
	},
	requestOptions('read'),
]);

/** `sms/get_black_word`: the blocked words found in a text (`result`, comma-separated), as a list. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const text = getText(this, itemIndex, 'text', 'Text');
		if (!text.trim()) throw inputError(this.getNode(), itemIndex, 'Text', 'no text given', 'Enter the text to check.');
		const answer = await yunpianRequest.call(this, 'sms', 'sms/get_black_word', { text }, itemIndex, blackWordsAnswer);
		const raw = String(answer.result ?? answer.black_word ?? '');
		const blackWords = raw.split(/[,，]/).map((word) => word.trim()).filter(Boolean);
		return { clean: blackWords.length === 0, blackWords, result: raw };
	});
}
