import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';
import { CHINA_PREFIX_HINT, MOBILE_LIST_HINT } from '../shared/validation/mobile';
import { MAX_NUMBERS, pollDeliveryDetails } from './trigger/deliveryDetails';

/**
 * Delivery results by polling QuerySendDetails, for n8n without a public URL. A node of its own: n8n
 * registers both a poll and webhooks for a node that has both.
 */
const eventsProperty: INodeProperties = {
	displayName: 'Trigger On',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['delivered', 'failed'],
	options: [
		{ name: 'Delivered', value: 'delivered' },
		{ name: 'Failed', value: 'failed' },
	],
};

export class AliyunSmsPullTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aliyun SMS Pull Trigger',
		name: 'aliyunSmsPullTrigger',
		icon: { light: 'file:../../icons/aliyunSms.svg', dark: 'file:../../icons/aliyunSms.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('Aliyun SMS Pull Trigger'),
		subtitle: optionSubtitle(eventsProperty),
		description: 'Start a workflow on Alibaba Cloud SMS delivery results of given numbers, asked for at the poll times: no public URL needed',
		defaults: { name: 'Aliyun SMS Pull Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'aliyunSmsApi', required: true }],
		properties: [
			{
				displayName: `Aliyun reports delivery by number and day only: this trigger asks for today's and yesterday's records of the numbers below (at most ${MAX_NUMBERS}) at the times set below. For every number, use the Aliyun SMS Trigger (HTTP push).`,
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Mobile Numbers',
				name: 'mobiles',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. 13800138000, 13900139000',
				description: `The numbers to watch, ${MOBILE_LIST_HINT}. ${CHINA_PREFIX_HINT}.`,
			},
			eventsProperty,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Include Results From Before Publishing',
						name: 'emitExisting',
						type: 'boolean',
						default: false,
						description: 'Whether the first poll after the workflow is published also starts the workflow for today’s and yesterday’s results that already existed. Off: only what happens from then on.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollDeliveryDetails.call(this);
	}
}
