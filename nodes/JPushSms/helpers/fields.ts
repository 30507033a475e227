import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { describeValue, textOf } from '../../shared/validation/text';

function idLocator(name: string, displayName: string, what: string, example: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description,
		// JPush has no endpoint that lists templates or signatures, so there is no "From List" mode.
		modes: [
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${example}`,
				validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: `A ${what} ID is a positive number` } }],
			},
		],
	};
}

export const templateLocator = idLocator(
	'templateId',
	'Template',
	'template',
	'1002',
	'The SMS template by its numeric ID. JPush has no API that lists templates: copy the ID from the JPush console (SMS → Template Management) or from Template → Create. Only approved templates can send. The local sandbox’s templates are listed in the npm start banner and examples/README.md.',
);

export const signatureLocator = idLocator(
	'signId',
	'Signature',
	'signature',
	'12',
	'The signature by its numeric ID, from the JPush console or Signature → Create',
);

/** A positive integer ID from a resource locator or a plain field; `displayName` names it in errors. */
export function readId(
	this: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	displayName: string,
	value?: unknown,
): number {
	const raw = textOf(this.getNode(), itemIndex, displayName, value ?? this.getNodeParameter(parameter, itemIndex, '', { extractValue: true })).trim();
	if (!/^[1-9]\d{0,15}$/.test(raw)) {
		throw inputError(
			this.getNode(),
			itemIndex,
			displayName,
			raw ? `"${raw}" is not an ID` : 'no ID given',
			`Enter the numeric ${displayName.toLowerCase()} ID, e.g. 1250.`,
		);
	}
	return Number(raw);
}

export const getTemplateId = function (this: IExecuteFunctions, itemIndex: number): number {
	return readId.call(this, itemIndex, 'templateId', 'Template');
};

/** The optional signature of a send (Options → Signature ID); undefined means the app’s default. */
export function getOptionalSignId(this: IExecuteFunctions, itemIndex: number, options: IDataObject): number | undefined {
	const value = options.signId;
	if (value === undefined || value === null || value === false || (typeof value === 'string' && value.trim() === '')) return undefined;
	return readId.call(this, itemIndex, 'signId', 'Signature ID', value);
}

export const signIdOption: INodeProperties = {
	displayName: 'Signature ID',
	name: 'signId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 12',
	description: 'An approved signature to put before the message; without it JPush uses the app’s default signature',
};

export const scheduleIdField: INodeProperties = {
	displayName: 'Schedule ID',
	name: 'scheduleId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1a886e7c-a267-49e6-9970-0d396ca5bb1e',
	description: 'The ID JPush returned when the scheduled message was created',
};

export function getScheduleId(this: IExecuteFunctions, itemIndex: number): string {
	const value = textOf(this.getNode(), itemIndex, 'Schedule ID', this.getNodeParameter('scheduleId', itemIndex, '')).trim();
	if (!/^[0-9a-fA-F-]{8,64}$/.test(value)) {
		throw inputError(this.getNode(), itemIndex, 'Schedule ID', value ? `"${value}" is not a schedule ID` : 'no schedule ID given', 'Use the schedule ID JPush returned, e.g. 1a886e7c-a267-49e6-9970-0d396ca5bb1e.');
	}
	return value;
}

export const tagOption: INodeProperties = {
	displayName: 'Tag',
	name: 'tag',
	type: 'string',
	default: '',
	placeholder: 'e.g. promo-a',
	description: 'A label for your own statistics, not shown in the message; at most 10 characters',
};

export const checkTemplateOption: INodeProperties = {
	displayName: 'Check Template Before Sending',
	name: 'checkTemplate',
	type: 'boolean',
	default: true,
	description:
		'Whether to load the template first to check that it is approved, of the right type, that every variable has a value and that the text fits in 350 characters. Nothing is sent if a check fails.',
};

/** Validity of a code in seconds, 1 to 86400 (JPush answers 50041 otherwise). */
export function readTtl(this: IExecuteFunctions, itemIndex: number, value: unknown): number {
	const ttl = Number(value);
	if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86400) {
		throw inputError(this.getNode(), itemIndex, 'TTL (Seconds)', `${describeValue(value)} is out of range`, 'Use a whole number of seconds from 1 to 86400.');
	}
	return ttl;
}
