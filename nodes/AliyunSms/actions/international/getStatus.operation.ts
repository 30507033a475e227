import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { getOptionalText } from '../../helpers/fields';
import { inputError } from '../../../shared/errors/inputError';
import { aliyunRequest, withoutEnvelope } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Message ID', name: 'messageId', type: 'string', default: '', required: true, placeholder: 'e.g. {{ $json.messageId }}', description: 'The message ID of an International → Send output' },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: readRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['international'], operation: ['getStatus'] } }, properties);

/** QueryMessage's Status: 1 sent, 2 failed, 3 sending (aliyun.md §2.13). */
const STATUS: Record<string, string> = { '1': 'delivered', '2': 'failed', '3': 'sending' };

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const messageId = getOptionalText(this, itemIndex, 'messageId', 'Message ID', { pattern: /^\d{1,40}$/, problem: 'is not a message ID', fix: 'Use the digits of an International → Send output’s messageId.' });
		if (!messageId) throw inputError(this.getNode(), itemIndex, 'Message ID', 'is empty', 'Map the messageId of an International → Send output.');
		const answer = await aliyunRequest.call(this, { action: 'QueryMessage', api: 'international', query: { MessageId: messageId }, kind: 'read', expect: objectWith('Status') }, itemIndex);
		const fields = withoutEnvelope(answer);
		return { status: STATUS[String(answer.Status)] ?? `unknown (${String(answer.Status)})`, ...fields };
	});
}
