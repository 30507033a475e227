import type { INodeProperties } from 'n8n-workflow';

import { previewOnlyOption } from '../../shared/descriptions/previewOnly';
import { CHINA_PREFIX_HINT, MOBILE_LIST_HINT } from '../../shared/validation/mobile';
import { callbackUrlOption, extendOption, uidOption } from './fields';
import { withRequestOptions } from './operation';
import { parallelOption, yunpianBatchSizeOption } from './send';

export const textField: INodeProperties = {
	displayName: 'Text',
	name: 'text',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	placeholder: 'e.g. 【ACME】Your code is 1234',
	description: 'The message, starting with an approved 【signature】. It must match one of your approved templates, with the variables filled in; at most 500 characters.',
};

export function mobileField(international: boolean): INodeProperties {
	return {
		displayName: 'Mobile Number',
		name: 'mobile',
		type: 'string',
		required: true,
		default: '',
		placeholder: international ? 'e.g. 13800138000 or +14155550100' : 'e.g. 13800138000',
		description: international
			? 'One number: 11 digits for mainland China (a +86 prefix is removed), or + and the country code for other countries'
			: 'One 11-digit mainland China number (a +86 prefix is removed)',
	};
}

export const mobilesField: INodeProperties = {
	displayName: 'Mobile Numbers',
	name: 'mobiles',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 13800138000, 13900139000',
	description: `Mainland China numbers (11 digits), ${MOBILE_LIST_HINT}. ${CHINA_PREFIX_HINT}; repeated numbers are sent once.`,
};

export const checkTemplateOption: INodeProperties = {
	displayName: 'Check Template Before Sending',
	name: 'checkTemplate',
	type: 'boolean',
	default: true,
	description:
		'Whether to load the template first and check that it is approved, that every #variable# has a value and that the text fits. Nothing is sent if a check fails. With Fields From Template the template is always loaded, to know its variables.',
};

const registerOption: INodeProperties = {
	displayName: 'Registration Code',
	name: 'register',
	type: 'boolean',
	default: false,
	description: 'Whether this is a registration verification code, for Yunpian’s conversion statistics (enable it in the console first)',
};

const mobileStatOption: INodeProperties = {
	displayName: 'Per-Number Link Statistics',
	name: 'mobileStat',
	type: 'boolean',
	default: false,
	description: 'Whether Yunpian replaces yp2.cn short links in the text with one link per number, to count clicks per number',
};

/** A send's Options, with Preview Only (Send Nothing) and Timeout (a send is never retried). */
function options(list: INodeProperties[]): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: withRequestOptions('write', [...list, previewOnlyOption]) };
}

export const singleSendOptions = options([callbackUrlOption, extendOption, mobileStatOption, registerOption, uidOption]);
export const batchSendOptions = options([yunpianBatchSizeOption(1000), callbackUrlOption, extendOption, parallelOption, mobileStatOption, uidOption]);
export const multiSendOptions = options([yunpianBatchSizeOption(1000), callbackUrlOption, extendOption, parallelOption, uidOption]);
export const templateSendOptions = options([callbackUrlOption, checkTemplateOption, extendOption, uidOption]);
export const templateBatchOptions = options([
	yunpianBatchSizeOption(200, '; it advises at most 200 for template batches'),
	callbackUrlOption,
	checkTemplateOption,
	extendOption,
	parallelOption,
	uidOption,
]);
