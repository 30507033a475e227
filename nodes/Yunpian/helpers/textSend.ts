import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { sendOptionFields } from './fields';

/** The options of a text send as Yunpian fields (`mobile_stat` and `register` where given). */
export function textSendFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const fields = sendOptionFields.call(this, itemIndex, options);
	if (options.mobileStat === true) fields.mobile_stat = true;
	if (options.register === true) fields.register = true;
	return fields;
}
