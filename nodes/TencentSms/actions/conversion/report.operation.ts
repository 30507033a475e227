import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { writeRequestOptions } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { readAppId } from '../../helpers/appId';
import { readMoment, unixSeconds } from '../../helpers/time';
import { tencentRequest } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Conversion reports must be enabled for the app by Tencent Cloud support', name: 'conversionNotice', type: 'notice', default: '' },
	{ displayName: 'Serial Number', name: 'serialNo', type: 'string', default: '', required: true, placeholder: 'e.g. 5000:1045710669157053657849499619', description: 'The message ID (SerialNo) a send returned' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [{ displayName: 'Conversion Time', name: 'conversionTime', type: 'dateTime', default: '', description: 'When the user converted; empty leaves it to Tencent' }, ...writeRequestOptions],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['conversion'], operation: ['report'] } }, properties);

/** ReportConversion (https://cloud.tencent.com/document/api/382/52077): success is Code "ok" or "OK", compared case-insensitively. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const serialNo = getText(this, itemIndex, 'serialNo', 'Serial Number').trim();
		if (!serialNo) throw inputError(this.getNode(), itemIndex, 'Serial Number', 'is empty', 'Give the message ID (SerialNo) of a send, e.g. {{ $json.messageId }}.');
		const body: IDataObject = { SmsSdkAppId: await readAppId(this, itemIndex), SerialNo: serialNo };
		const time = readMoment(this, itemIndex, 'options.conversionTime', 'Conversion Time', -1);
		if (time >= 0) body.ConversionTime = unixSeconds(time);
		const answer = await tencentRequest.call(this, { action: 'ReportConversion', body, kind: 'write', fields: ['ReportConversionStatus'] }, itemIndex);
		const status = answer.ReportConversionStatus as IDataObject;
		return { serialNo, reported: String(status.Code).toLowerCase() === 'ok', code: status.Code ?? null, message: status.Message ?? null };
	});
}
