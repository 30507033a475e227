import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { timeoutOption } from '../../shared/descriptions/requestOptions';
import { inputError } from '../../shared/errors/inputError';
import { getText } from '../../shared/validation/text';

/** AddSmsSign / ModifySmsSign parameters (https://cloud.tencent.com/document/api/382/52077). */
export const signatureFields: INodeProperties[] = [
	{ displayName: 'Signature Text', name: 'signName', type: 'string', default: '', required: true, placeholder: 'e.g. 腾讯云', description: 'The signature as it will appear in 【】: 2–12 characters for mainland China' },
	{ displayName: 'International', name: 'international', type: 'boolean', default: false, description: 'Whether the signature is for numbers outside mainland China (including Hong Kong, Macao and Taiwan)' },
	{
		displayName: 'Signature Type',
		name: 'signType',
		type: 'options',
		default: 0,
		options: [
			{ name: 'Company Name', value: 0 },
			{ name: 'App (International Only)', value: 1 },
			{ name: 'Trademark', value: 4 },
			{ name: 'Government, Institution or Other Organisation', value: 5 },
		],
		description: 'What the signature names (SignType)',
	},
	{
		displayName: 'Document Type',
		name: 'documentType',
		type: 'options',
		default: 0,
		options: [
			{ name: 'Unified Social Credit Code Certificate (Three in One)', value: 0 },
			{ name: 'Business Licence', value: 1 },
			{ name: 'Organisation Code Certificate', value: 2 },
			{ name: 'Social Credit Code Certificate', value: 3 },
			{ name: 'App Back-Office Screenshot (International Only)', value: 4 },
			{ name: 'Trademark Registration Certificate', value: 7 },
		],
		description: 'The document that proves the signature (DocumentType). Company: 0 or 1; trademark: 7; organisation: 2 or 3.',
	},
	{
		displayName: 'Purpose',
		name: 'signPurpose',
		type: 'options',
		default: 0,
		options: [
			{ name: 'For Own Use', value: 0 },
			{ name: 'For Others', value: 1 },
		],
		description: 'Whether the signature is for the account’s own company or for a client (then add a power of attorney)',
	},
	{ displayName: 'Proof Image Property', name: 'proofImage', type: 'string', default: 'data', required: true, description: 'Name of the binary property holding the proof document image (JPG or PNG)' },
	{ displayName: 'Qualification ID', name: 'qualificationId', type: 'number', default: 0, description: 'Mainland signatures: the ID of the approved qualification (Chinese Mainland SMS → Qualification Management) the signature is filed under. 0 means none.' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{ displayName: 'Power of Attorney Property', name: 'commissionImage', type: 'string', default: '', description: 'Name of the binary property holding the power of attorney image, for Purpose: For Others' },
			{ displayName: 'Remark', name: 'remark', type: 'string', default: '', description: 'A note for the reviewer' },
			timeoutOption,
		],
	},
];

/** A binary property as base64 without a `data:` prefix, as Tencent wants the images. */
async function imageOf(context: IExecuteFunctions, itemIndex: number, property: string, displayName: string): Promise<string> {
	const binary = context.getInputData()[itemIndex]?.binary?.[property];
	if (!binary) {
		throw inputError(context.getNode(), itemIndex, displayName, `the item has no binary property "${property}"`, 'Read the image first (e.g. with Read/Write Files from Disk or HTTP Request) and give the name of its binary property.');
	}
	if (binary.mimeType && !/^image\//.test(binary.mimeType)) {
		throw inputError(context.getNode(), itemIndex, displayName, `"${property}" is ${binary.mimeType}, not an image`, 'Give a JPG or PNG image.');
	}
	return (await context.helpers.getBinaryDataBuffer(itemIndex, property)).toString('base64');
}

export async function signatureBody(context: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const signName = getText(context, itemIndex, 'signName', 'Signature Text').trim();
	const length = [...signName].length;
	if (length < 2 || length > 15 || /[【】[\]]/.test(signName)) {
		throw inputError(context.getNode(), itemIndex, 'Signature Text', signName ? `"${signName}" is not 2–12 characters without brackets` : 'is empty', 'Enter the name only (e.g. "腾讯云"), 2–12 characters for mainland China, without 【】.');
	}
	const international = context.getNodeParameter('international', itemIndex, false) === true ? 1 : 0;
	const body: IDataObject = {
		SignName: signName,
		SignType: Number(context.getNodeParameter('signType', itemIndex, 0)),
		DocumentType: Number(context.getNodeParameter('documentType', itemIndex, 0)),
		International: international,
		SignPurpose: Number(context.getNodeParameter('signPurpose', itemIndex, 0)),
		ProofImage: await imageOf(context, itemIndex, getText(context, itemIndex, 'proofImage', 'Proof Image Property').trim(), 'Proof Image Property'),
	};
	const qualificationId = Number(context.getNodeParameter('qualificationId', itemIndex, 0));
	if (qualificationId > 0) body.QualificationId = qualificationId;
	else if (international === 0) {
		throw inputError(context.getNode(), itemIndex, 'Qualification ID', 'is needed for a mainland China signature', 'Enter the ID of the approved qualification (Chinese Mainland SMS → Qualification Management in the SMS console).');
	}
	const commission = getText(context, itemIndex, 'options.commissionImage', 'Power of Attorney Property').trim();
	if (commission) body.CommissionImage = await imageOf(context, itemIndex, commission, 'Power of Attorney Property');
	const remark = getText(context, itemIndex, 'options.remark', 'Remark');
	if (remark) body.Remark = remark;
	return body;
}

export const signIdField: INodeProperties = { displayName: 'Signature ID', name: 'signId', type: 'number', default: 0, required: true, placeholder: 'e.g. 1110', description: 'The numeric SignId (Signature → Get Many lists them)' };

export function readSignId(context: IExecuteFunctions, itemIndex: number): number {
	const id = Number(context.getNodeParameter('signId', itemIndex, 0));
	if (!Number.isInteger(id) || id <= 0) throw inputError(context.getNode(), itemIndex, 'Signature ID', `${String(id)} is not a signature ID`, 'Enter the numeric SignId from Signature → Get Many.');
	return id;
}
