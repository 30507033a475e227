import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { getOptionalText, getSignName } from '../../helpers/fields';

/** The fields of CreateSmsSign and UpdateSmsSign (https://help.aliyun.com/document_detail/2807427.html). */
export const signFields: INodeProperties[] = [
	{ displayName: 'Signature Name', name: 'signName', type: 'string', default: '', required: true, placeholder: 'e.g. ACME', description: '2–12 characters, without 【】, brackets, punctuation or spaces. Update: the signature to change (it cannot be renamed).' },
	{
		displayName: 'Source',
		name: 'signSource',
		type: 'options',
		options: [
			{ name: 'Enterprise or Institution Name', value: 0 },
			{ name: 'App', value: 2, description: 'Needs an app ICP filing ID and the app-store link' },
			{ name: 'Trademark', value: 5, description: 'Needs a trademark ID' },
		],
		default: 0,
		description: 'What the signature is named after (SignSource)',
	},
	{ displayName: 'Qualification ID', name: 'qualificationId', type: 'string', default: '', required: true, placeholder: 'e.g. 1001', description: 'The ID of an approved qualification in the console (Qualification Management)' },
	{
		displayName: 'Options',
		name: 'signOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{ displayName: 'App ICP Filing ID', name: 'appIcpRecordId', type: 'string', default: '', description: 'Required with the source App' },
			{ displayName: 'App-Store Link', name: 'applySceneContent', type: 'string', default: '', placeholder: 'e.g. https://apps.example.com/acme', description: 'Required with the source App: an http(s) link' },
			{ displayName: 'Authorization Letter ID', name: 'authorizationLetterId', type: 'string', default: '', description: 'Required when Third Party is on' },
			{ displayName: 'Remark', name: 'remark', type: 'string', default: '', description: 'What the signature is used for, up to 200 characters' },
			{
				displayName: 'Signature Type',
				name: 'signType',
				type: 'options',
				options: [
					{ name: 'General', value: 1 },
					{ name: 'Verification Code Only', value: 0 },
				],
				default: 1,
			},
			{ displayName: 'Third Party', name: 'thirdParty', type: 'boolean', default: false, description: 'Whether the signature is for another company’s use' },
			{ displayName: 'Trademark ID', name: 'trademarkId', type: 'string', default: '', description: 'Required with the source Trademark' },
		],
	},
];

const digits = { pattern: /^\d{1,20}$/, problem: 'is not an ID of digits', fix: 'Copy the ID from the Aliyun console.' };

/** The query of CreateSmsSign / UpdateSmsSign; the requirements of each source are checked before sending. */
export function readSignQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const signName = getSignName(context, itemIndex, 'signName', 'Signature Name');
	const source = Number(context.getNodeParameter('signSource', itemIndex, 0));
	if (![0, 2, 5].includes(source)) throw inputError(context.getNode(), itemIndex, 'Source', `${String(source)} is not an option`, 'Pick Enterprise or Institution Name, App or Trademark.');
	const qualificationId = getOptionalText(context, itemIndex, 'qualificationId', 'Qualification ID', digits);
	if (!qualificationId) throw inputError(context.getNode(), itemIndex, 'Qualification ID', 'is empty', 'Enter the ID of an approved qualification from the console (Qualification Management).');
	const query: IDataObject = { SignName: signName, SignSource: source, QualificationId: qualificationId };
	const read = (name: string, label: string, check?: Parameters<typeof getOptionalText>[4]) => getOptionalText(context, itemIndex, `signOptions.${name}`, label, check);
	const signType = context.getNodeParameter('signOptions.signType', itemIndex, 1) as number;
	query.SignType = Number(signType) === 0 ? 0 : 1;
	const remark = read('remark', 'Remark', { pattern: /^.{1,200}$/s, problem: 'is longer than 200 characters', fix: 'Shorten the remark.' });
	if (remark) query.Remark = remark;
	const thirdParty = context.getNodeParameter('signOptions.thirdParty', itemIndex, false) === true;
	const letter = read('authorizationLetterId', 'Authorization Letter ID', digits);
	if (thirdParty) {
		if (!letter) throw inputError(context.getNode(), itemIndex, 'Authorization Letter ID', 'is empty', 'A third-party signature needs the ID of its authorization letter.');
		query.ThirdParty = true;
		query.AuthorizationLetterId = letter;
	}
	const trademark = read('trademarkId', 'Trademark ID', digits);
	if (source === 5 && !trademark) throw inputError(context.getNode(), itemIndex, 'Trademark ID', 'is empty', 'A signature named after a trademark needs the trademark ID.');
	if (trademark) query.TrademarkId = trademark;
	const icp = read('appIcpRecordId', 'App ICP Filing ID', digits);
	const link = read('applySceneContent', 'App-Store Link', { pattern: /^https?:\/\/\S+$/, problem: 'is not an http(s) link', fix: 'Enter the app’s page, starting with https://.' });
	if (source === 2 && (!icp || !link)) throw inputError(context.getNode(), itemIndex, icp ? 'App-Store Link' : 'App ICP Filing ID', 'is empty', 'A signature named after an app needs its ICP filing ID and app-store link.');
	if (icp) query.AppIcpRecordId = icp;
	if (link) query.ApplySceneContent = link;
	return query;
}
