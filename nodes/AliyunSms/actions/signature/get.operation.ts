import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { getSignName, signatureLocator } from '../../helpers/fields';
import { aliyunRequest, withoutEnvelope } from '../../transport';

const properties: INodeProperties[] = [
	{ ...signatureLocator, description: 'The signature to read, approved or not' },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: readRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['signature'], operation: ['get'] } }, properties);

/** GetSmsSign's SignStatus is a number: 0 reviewing, 1 approved, 2 rejected, 10 cancelled (aliyun.md §2.5). */
const STATUS: Record<number, string> = { 0: 'under review', 1: 'approved', 2: 'rejected', 10: 'cancelled' };

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const signName = getSignName(this, itemIndex);
		const answer = await aliyunRequest.call(this, { action: 'GetSmsSign', query: { SignName: signName }, kind: 'read', expect: objectWith('SignName') }, itemIndex);
		const fields = withoutEnvelope(answer);
		const audit = (answer.AuditInfo ?? {}) as IDataObject;
		return { status: STATUS[Number(answer.SignStatus)] ?? `unknown (${String(answer.SignStatus)})`, usable: Number(answer.SignStatus) === 1, rejectReason: audit.RejectInfo ?? '', ...fields };
	});
}
