import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../errors/inputError';
import { describeValue } from '../validation/text';

/** "Preview Only (Send Nothing)": the dry run every send offers, to check wording and cost before a campaign. */
export const previewOnlyOption: INodeProperties = {
	displayName: 'Preview Only (Send Nothing)',
	name: 'previewOnly',
	type: 'boolean',
	default: false,
	description:
		'Whether to check everything and output, per recipient, the final text, its length, the billed segments and the request that would go out — without sending anything. Read once, from the first item.',
};

/**
 * Whether this run is a preview. Read once, from the first item: a run either sends or it does not. A value
 * that is not true or false stops the node before anything is sent, rather than sending by accident.
 */
export function readPreviewOnly(context: IExecuteFunctions, parameter = 'options.previewOnly'): boolean {
	if (context.getInputData().length === 0) return false;
	const raw = context.getNodeParameter(parameter, 0, false) as unknown;
	if (raw === true || raw === 'true') return true;
	if (raw === false || raw === 'false' || raw === undefined || raw === null || raw === '') return false;
	throw inputError(
		context.getNode(),
		0,
		'Preview Only (Send Nothing)',
		`${describeValue(raw)} is not true or false`,
		'Switch the option on or off, or make its expression give true or false.',
	);
}
