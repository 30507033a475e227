import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { describeValue, textOf } from '../../../shared/validation/text';
import { forEachItem } from '../../../shared/itemLoop';
import { checkMobile } from '../../../shared/validation/mobile';
import { operationFields, requestOptions } from '../../helpers/operation';
import { yunpianRequest } from '../../transport';

export const description = operationFields('account', 'update', [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Alarm Balance',
				name: 'alarmBalance',
				type: 'number',
				default: 10,
				typeOptions: { minValue: 0 },
				description: 'Yunpian warns the emergency contact (at most once a day) when the balance in RMB falls below this',
			},
			{ displayName: 'Emergency Contact', name: 'emergencyContact', type: 'string', default: '', placeholder: 'e.g. Li Lei' },
			{ displayName: 'Emergency Mobile', name: 'emergencyMobile', type: 'string', default: '', placeholder: 'e.g. 13800138000' },
		],
	},
	requestOptions('write'),
]);

/** `user/set`: the balance alarm and the emergency contact. Answers the updated account. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = {};
		if (fields.alarmBalance !== undefined) {
			// A number, or digits as text; '' , true or [5] are not a balance (Number() would read them as 0, 1 and 5).
			const raw = fields.alarmBalance;
			const value = typeof raw === 'number' || (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)) ? Number(raw) : Number.NaN;
			if (!Number.isInteger(value) || value < 0) throw inputError(this.getNode(), itemIndex, 'Alarm Balance', `${describeValue(raw)} is not a whole number of RMB`, 'Enter a whole number such as 10.');
			body.alarm_balance = value;
		}
		if (fields.emergencyContact !== undefined) body.emergency_contact = textOf(this.getNode(), itemIndex, 'Emergency Contact', fields.emergencyContact).trim();
		const emergencyMobile = fields.emergencyMobile === undefined ? '' : textOf(this.getNode(), itemIndex, 'Emergency Mobile', fields.emergencyMobile).trim();
		if (emergencyMobile) {
			const check = checkMobile(emergencyMobile, { allowInternational: false, stripChinaPrefix: true });
			if (!check.ok) throw inputError(this.getNode(), itemIndex, 'Emergency Mobile', check.reason, 'Enter one 11-digit mainland number.');
			body.emergency_mobile = check.mobile;
		}
		if (Object.keys(body).length === 0) throw inputError(this.getNode(), itemIndex, 'Update Fields', 'nothing to update', 'Add at least one field to change.');
		return await yunpianRequest.call(this, 'sms', 'user/set', body, itemIndex, 'object');
	});
}
