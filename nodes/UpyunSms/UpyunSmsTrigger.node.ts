import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { pollDeliveryReports } from './trigger/deliveryReports';
import { pollTemplateReviews } from './trigger/templateReviews';
import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';

const eventProperty: INodeProperties = {
	displayName: 'Trigger On',
	name: 'event',
	type: 'options',
	noDataExpression: true,
	default: 'deliveryReport',
	options: [
		{
			name: 'Delivery Report',
			value: 'deliveryReport',
			description: 'A message was delivered or failed',
		},
		{
			name: 'Template Review Result',
			value: 'templateReview',
			description: 'A template was approved or rejected',
		},
	],
};

export class UpyunSmsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'UPYUN SMS Trigger',
		name: 'upyunSmsTrigger',
		icon: { light: 'file:../../icons/upyunSms.svg', dark: 'file:../../icons/upyunSms.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('UPYUN SMS Trigger'),
		subtitle: optionSubtitle(eventProperty),
		// n8n's node creator merges a node and its trigger into one entry and gives it the trigger's description,
		// also under "What happens next?": so this says first what the action node does, then the trigger.
		description: 'Send template SMS to mainland China numbers, read delivery reports and the balance, check numbers and manage templates with UPYUN SMS, or start a workflow on its delivery reports and template review results',
		defaults: { name: 'UPYUN SMS Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'upyunSmsApi', required: true }],
		properties: [
			{
				displayName:
					'UPYUN has no push callbacks: this trigger asks UPYUN for new results at the times set below',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			eventProperty,
			{
				displayName: 'Status',
				name: 'reportStatus',
				type: 'options',
				default: 'any',
				displayOptions: { show: { event: ['deliveryReport'] } },
				options: [
					{ name: 'Delivered or Failed', value: 'any' },
					{ name: 'Delivered', value: 'delivered' },
					{ name: 'Failed', value: 'failed' },
				],
			},
			{
				displayName: 'Messages',
				name: 'region',
				type: 'options',
				default: 'domestic',
				displayOptions: { show: { event: ['deliveryReport'] } },
				options: [
					{ name: 'Mainland China', value: 'domestic' },
					{ name: 'International', value: 'international' },
				],
			},
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
						description:
							'Whether the first poll after the workflow is published also starts the workflow for results that already existed (today’s and yesterday’s reports, or every reviewed template). Off: only what happens from then on.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return this.getNodeParameter('event') === 'templateReview'
			? await pollTemplateReviews.call(this)
			: await pollDeliveryReports.call(this);
	}
}
