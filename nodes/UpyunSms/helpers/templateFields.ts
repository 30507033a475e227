import type { INodeProperties } from 'n8n-workflow';

export const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	placeholder: 'e.g. Login code',
	description: 'Your own name for the template, fewer than 12 characters',
};

export const contentField: INodeProperties = {
	displayName: 'Content',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 3 },
	default: '',
	placeholder: 'e.g. Your code is {$var1}, valid for 5 minutes.',
	description:
		'The message text. Write {$var1}, {$var2}, … where values go. Avoid 【】 &lt; &gt;. Marketing templates must end with "退订回T", "退订回TD" or "退订回N".',
};

export const signatureField: INodeProperties = {
	displayName: 'Signature',
	name: 'tempSign',
	type: 'string',
	default: '',
	placeholder: 'e.g. ACME',
	description: 'The sender name shown as 【ACME】, 3–8 characters without symbols. UPYUN adds the 【】.',
};

export const signLocationField: INodeProperties = {
	displayName: 'Signature Position',
	name: 'signLocation',
	type: 'options',
	default: 'top',
	options: [
		{ name: 'Start of Message', value: 'top' },
		{ name: 'End of Message', value: 'bottom' },
	],
	description: 'Where UPYUN puts 【signature】. UPYUN’s newer documentation accepts only the start.',
};

export const typeOptions = [
	{ name: 'Industry (Notifications and Codes)', value: 'industry' },
	{ name: 'Marketing', value: 'marketing' },
	{ name: 'International', value: 'intl' },
	{ name: 'Japan', value: 'jpn' },
	{ name: 'Indonesia', value: 'idn' },
	{ name: 'Singapore', value: 'sgp' },
];

export const reportTypeOptions = [
	{ name: 'VIP', value: 'vip' },
	{ name: 'General', value: 'general' },
];

export const statusOptions = [
	{ name: 'Under Review', value: 'review' },
	{ name: 'Approved', value: 'success' },
	{ name: 'Rejected', value: 'defeat' },
];
