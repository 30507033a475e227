import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { operationFields, requestOptions } from '../../helpers/operation';
import { yunpianRequest } from '../../transport';

export const description = operationFields('account', 'get', [requestOptions('read')]);

/** `user/get`: nickname, balance (RMB), alarm threshold, emergency contact and IP whitelist. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => await yunpianRequest.call(this, 'sms', 'user/get', {}, itemIndex, objectWith('balance')));
}
