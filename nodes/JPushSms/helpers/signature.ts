import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { getText, textOf } from '../../shared/validation/text';
import { buildMultipart, type MultipartBody, type MultipartFile } from '../../shared/transport/multipart';

const SIGN_PATTERN = /^[\u4e00-\u9fa5A-Za-z0-9]{2,8}$/;
const MAX_REMARK = 100;
const MAX_IMAGES = 4;

export const SIGN_STATUSES: Record<number, string> = {
	0: 'under review',
	1: 'approved',
	2: 'rejected',
};

export const signatureProperties: INodeProperties[] = [
	{
		displayName: 'Signature Text',
		name: 'sign',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 极光推送',
		description: 'The sender name shown as 【…】, 2–8 Chinese characters, letters or digits, without brackets',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		required: true,
		default: 1,
		options: [
			{ name: 'Company Name', value: 1 },
			{ name: 'Filed Website', value: 2 },
			{ name: 'App Name', value: 3 },
			{ name: 'WeChat Official Account or Mini Program', value: 4 },
			{ name: 'Online Shop', value: 5 },
			{ name: 'Trademark', value: 6 },
			{ name: 'Other', value: 7 },
		],
		description: 'What the signature stands for. JPush’s newer documentation accepts only Company Name, App Name, Trademark and Other.',
	},
	{
		displayName: 'Image Binary Fields',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data, data2',
		hint: 'Input binary fields with the qualification images (JPG, PNG, GIF or BMP), comma-separated, at most four; uploaded as image0…image3. Leave empty for none.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Business License Image Binary Field',
				name: 'businessLicenseImage',
				type: 'string',
				default: '',
				placeholder: 'e.g. license',
				description: 'Input binary field with the business licence, for company signatures',
			},
			{
				displayName: 'ID Card Image Binary Field',
				name: 'idCardImage',
				type: 'string',
				default: '',
				placeholder: 'e.g. idCard',
				description: 'Input binary field with the legal person’s ID card',
			},
			{
				displayName: 'Legal Person ID Number',
				name: 'legalPersonIdNumber',
				type: 'string',
				default: '',
				placeholder: 'e.g. 11010519491231002X',
				description: 'The 18-character PRC ID number of the legal person',
			},
			{
				displayName: 'Legal Person Name',
				name: 'legalPersonName',
				type: 'string',
				default: '',
				placeholder: 'e.g. 张三',
				description: 'The name of the legal person',
			},
			{
				displayName: 'Remark',
				name: 'remark',
				type: 'string',
				default: '',
				placeholder: 'e.g. Used for sign-up notifications',
				description: 'What the signature is used for, at most 100 characters',
			},
		],
	},
];

/** Image types JPush takes, by their first bytes. */
function imageType(content: Buffer): string | undefined {
	if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
	if (content.length >= 8 && content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
	if (content.length >= 6 && /^GIF8[79]a$/.test(content.subarray(0, 6).toString('latin1'))) return 'image/gif';
	if (content.length >= 2 && content[0] === 0x42 && content[1] === 0x4d) return 'image/bmp';
	return undefined;
}

async function readImage(this: IExecuteFunctions, itemIndex: number, property: string, displayName: string): Promise<MultipartFile> {
	const binary = this.helpers.assertBinaryData(itemIndex, property);
	const content = await this.helpers.getBinaryDataBuffer(itemIndex, property);
	const type = imageType(content);
	if (content.length === 0 || !type) {
		throw inputError(this.getNode(), itemIndex, displayName, `the file in "${property}" is ${content.length === 0 ? 'empty' : 'not a JPG, PNG, GIF or BMP image'}`, 'Give an image file (JPG, PNG, GIF or BMP).');
	}
	return { fileName: binary.fileName ?? `${property}.${type.slice(6)}`, contentType: type, content };
}

/** The multipart body of signature create/update (https://docs.jiguang.cn/jsms/server/rest_api_summary), checked before anything is sent. */
export async function readSignatureBody(this: IExecuteFunctions, itemIndex: number): Promise<{ multipart: MultipartBody; fields: IDataObject }> {
	const node = this.getNode();
	const sign = getText(this, itemIndex, 'sign', 'Signature Text').trim();
	if (!SIGN_PATTERN.test(sign)) {
		throw inputError(node, itemIndex, 'Signature Text', `"${sign}" is not a valid signature`, 'Use 2–8 Chinese characters, letters or digits, without 【】, [] or () and without spaces.');
	}
	const type = Number(this.getNodeParameter('type', itemIndex));
	if (!Number.isInteger(type) || type < 1 || type > 7) throw inputError(node, itemIndex, 'Type', `${type} is not a signature type`, 'Choose one of the listed types.');
	const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const fields: Record<string, string> = { sign, type: String(type) };
	const remark = textOf(node, itemIndex, 'Remark', extra.remark).trim();
	if (remark) {
		if ([...remark].length > MAX_REMARK) throw inputError(node, itemIndex, 'Remark', `has ${[...remark].length} characters`, `Shorten it to at most ${MAX_REMARK} characters.`);
		fields.remark = remark;
	}
	const name = textOf(node, itemIndex, 'Legal Person Name', extra.legalPersonName).trim();
	if (name) fields.legalPersonName = name;
	const idNumber = textOf(node, itemIndex, 'Legal Person ID Number', extra.legalPersonIdNumber).trim();
	if (idNumber) {
		if (!/^\d{17}[\dXx]$/.test(idNumber)) throw inputError(node, itemIndex, 'Legal Person ID Number', 'is not an 18-character ID number', 'Enter the 18-character PRC ID number (17 digits, then a digit or X).');
		fields.legalPersonIdNumber = idNumber.toUpperCase();
	}
	const files: Record<string, MultipartFile> = {};
	const images = String(this.getNodeParameter('binaryPropertyName', itemIndex, '') ?? '').split(',').map((one) => one.trim()).filter(Boolean);
	if (images.length > MAX_IMAGES) {
		throw inputError(node, itemIndex, 'Image Binary Fields', `${images.length} fields given`, `Give at most ${MAX_IMAGES} images.`);
	}
	for (const [index, property] of images.entries()) files[`image${index}`] = await readImage.call(this, itemIndex, property, 'Image Binary Fields');
	for (const [part, display] of [['idCardImage', 'ID Card Image Binary Field'], ['businessLicenseImage', 'Business License Image Binary Field']] as const) {
		const property = String(extra[part] ?? '').trim();
		if (property) files[part] = await readImage.call(this, itemIndex, property, display);
	}
	return { multipart: buildMultipart(fields, files), fields: { sign, type, ...(remark ? { remark } : {}), images: Object.keys(files) } };
}
