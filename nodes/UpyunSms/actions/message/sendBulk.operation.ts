import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { chunk } from '../../../shared/chunking';
import { forEachItem } from '../../../shared/itemLoop';
import { upyunRequest } from '../../transport';
import { getTemplateId, getVariables, mobilesField, templateLocator, variablesField } from '../../helpers/fields';
import { getMobiles } from '../../helpers/recipients';
import { getSendAt, scheduleOption } from '../../helpers/schedule';
import { TemplateBook } from '../../helpers/templateCheck';

const properties: INodeProperties[] = [
	{
		displayName:
			'UPYUN queues this send and answers with a task ID only. Follow each message with Report → Get Many.',
		name: 'asyncNotice',
		type: 'notice',
		default: '',
	},
	mobilesField,
	templateLocator,
	variablesField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			scheduleOption,
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				default: 1000,
				typeOptions: { minValue: 1, maxValue: 10000 },
				description: 'Most mobile numbers per task; longer lists become several tasks',
			},
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description: 'Whether to check first that the template is approved and that the variables match it',
			},
			{
				displayName: 'Custom Tag',
				name: 'custom',
				type: 'string',
				default: '',
				description: 'Your own reference for this task, kept by UPYUN',
			},
			{
				displayName: 'Extension Code (拓展码)',
				name: 'extendCode',
				type: 'string',
				default: '',
				description: 'Digits appended to the sender number, if UPYUN has enabled them for your account',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendBulk'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await forEachItem(this, async (itemIndex) => {
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const mobiles = getMobiles.call(this, itemIndex);
		const templateId = getTemplateId.call(this, itemIndex);
		const values = getVariables.call(this, itemIndex);
		const time = getSendAt.call(this, itemIndex, options.sendAt);
		const segments = options.checkTemplate === false ? undefined : await templates.check(templateId, values, itemIndex);
		const tasks: IDataObject[] = [];
		for (const batch of chunk(mobiles, Number(options.batchSize ?? 1000))) {
			const body: IDataObject = { template_id: Number(templateId), mobile: batch.join(',') };
			if (values.length) body.vars = values.join('|');
			if (time) body.time = time;
			if (options.custom) body.custom = String(options.custom);
			if (options.extendCode) body.extend_code = String(options.extendCode);
			const answer = await upyunRequest.call(this, { method: 'POST', path: '/api/messages/async', body }, itemIndex);
			tasks.push({
				taskId: answer.id === undefined ? null : String(answer.id),
				templateId,
				recipients: batch.length,
				mobiles: batch,
				scheduledAt: time ?? null,
				...(segments !== undefined ? { segmentsPerMessage: segments } : {}),
				message: answer.message ?? 'OK',
			});
		}
		return tasks;
	});
}
