import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../shared/descriptions/paging';
import { inputError } from '../../shared/errors/inputError';
import { CHINA_PREFIX_HINT, MOBILE_LIST_HINT } from '../../shared/validation/mobile';
import { getMobileParameter } from '../../shared/validation/mobileParameter';
import { getLocatorText } from '../../shared/validation/text';

/** A resource locator for a numeric Liupai ID: "From List" (a list search) or "By ID". */
function idLocator(name: string, displayName: string, searchListMethod: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 12',
				validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'An ID is a whole number' } }],
			},
		],
	};
}

export const accountLocator = idLocator(
	'accountId',
	'Sub-Account',
	'searchSubAccounts',
	'The sub-account that owns the templates and signature. For sending, the list offers only approved sub-accounts: one under review or rejected cannot send.',
);

export const templateLocator = idLocator(
	'templateId',
	'Template',
	'searchTemplates',
	'The SMS template. Only approved templates can send. The list shows the templates of the sub-account above; with none chosen, those of every sub-account, each naming its sub-account.',
);

/** A locator's value as a whole number, or an input error naming the field. */
export function getLocatorId(this: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	const value = getLocatorText(this, itemIndex, name, displayName).trim();
	if (!/^\d+$/.test(value)) {
		throw inputError(
			this.getNode(),
			itemIndex,
			displayName,
			value ? `"${value}" is not an ID` : 'nothing selected',
			'Pick one from the list, or enter its numeric ID.',
		);
	}
	return value;
}

export const mobilesField: INodeProperties = {
	displayName: 'Mobile Numbers',
	name: 'mobiles',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 13800138000, 13900139000',
	description: `One or more mainland China mobile numbers (11 digits), ${MOBILE_LIST_HINT}. Liupai takes one number per request, so each number is a separate request and a separate output item. ${CHINA_PREFIX_HINT}; repeated numbers are sent once.`,
};

/** Liupai's examples are 11-digit mainland numbers; nothing says it sends abroad. */
const LIUPAI_MOBILE_RULES = { allowInternational: false, stripChinaPrefix: true };

export function getMobiles(this: IExecuteFunctions, itemIndex: number): string[] {
	return getMobileParameter(this, itemIndex, LIUPAI_MOBILE_RULES);
}

/** Return All / Limit, shown for one resource's Get Many. */
export function limitFields(resource: string): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: ['getMany'] } }, pagingFields);
}

export { getPaging };
