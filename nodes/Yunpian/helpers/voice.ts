import type { INodeProperties } from 'n8n-workflow';

import { previewOnlyOption } from '../../shared/descriptions/previewOnly';
import { callbackUrlOption } from './fields';
import { withRequestOptions } from './operation';

export const phoneField: INodeProperties = {
	displayName: 'Phone Number',
	name: 'mobile',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 13800138000 or 01088880000',
	description: 'A mainland mobile number, or a landline with its area code',
};

/** A call has no SMS text: its preview is the request that would go out, nothing more. */
const voicePreviewOnlyOption: INodeProperties = {
	...previewOnlyOption,
	description:
		'Whether to check everything and output, per number, the request that would go out — without calling anyone. A call has no SMS text, so there is no text preview, length or segments. Read once, from the first item.',
};

export function voiceOptions(withCallerNumber: boolean): INodeProperties {
	const options: INodeProperties[] = [{ ...callbackUrlOption, description: 'Where Yunpian pushes the call report, instead of the address set in the console' }];
	if (withCallerNumber) {
		options.push({ displayName: 'Caller Number', name: 'displayNum', type: 'string', default: '', placeholder: 'e.g. 01088880000', description: 'The number shown to the callee; it must be registered with Yunpian' });
	}
	options.push(voicePreviewOnlyOption);
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: withRequestOptions('write', options) };
}

/** Where a user checks which calls went out. */
export const CALL_REPORTS = 'the call reports (Voice → Pull Call Reports)';
