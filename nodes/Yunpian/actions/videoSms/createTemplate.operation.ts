import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { sendOptionFields } from '../../helpers/fields';
import { operationFields, withRequestOptions } from '../../helpers/operation';
import { videoTemplateResult } from '../../helpers/videoTemplates';
import { yunpianMultipartRequest } from '../../transport';
import { videoTemplateAnswer } from '../../transport/expect';

/** Largest material zip Yunpian takes (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief: under 1.8 MB). */
export const MAX_MATERIAL_BYTES = 1.8 * 1024 * 1024;

export const description = operationFields('videoSms', 'createTemplate', [
	{ displayName: 'Signature', name: 'sign', type: 'string', required: true, default: '', placeholder: 'e.g. 【ACME】', description: 'The signature in full-width brackets' },
	{
		displayName: 'Layout (JSON)',
		name: 'layout',
		type: 'json',
		required: true,
		default: '{\n  "vlVersion": "0.0.1",\n  "subject": "",\n  "frames": []\n}',
		description: 'The frames of the message: vlVersion, subject and frames (at least one text and one media frame, at most 10 materials)',
	},
	{
		displayName: 'Material Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		placeholder: 'e.g. data',
		description: 'The input binary field holding the material zip: files at its root, no folders, texts in UTF-8, under 1.8 MB',
	},
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: withRequestOptions('write', [{ displayName: 'Review Callback URL', name: 'callbackUrl', type: 'string', default: '', placeholder: 'e.g. https://example.com/yunpian/vsms', description: 'Where Yunpian pushes the review result' }]) },
]);

/** `vsms/add_tpl` (multipart/form-data): a video SMS template from a layout and a material zip. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const fail = (name: string, problem: string, fix: string) => inputError(this.getNode(), itemIndex, name, problem, fix);
		const sign = getText(this, itemIndex, 'sign', 'Signature').trim();
		if (!/^【[^【】]{2,20}】$/.test(sign)) throw fail('Signature', `"${sign}" is not a signature in 【】`, 'Enter the signature in full-width brackets, e.g. 【ACME】.');
		const rawLayout = this.getNodeParameter('layout', itemIndex, '') as unknown;
		let layout: IDataObject;
		try {
			layout = (typeof rawLayout === 'string' ? JSON.parse(rawLayout) : rawLayout) as IDataObject;
		} catch {
			throw fail('Layout (JSON)', 'is not valid JSON', 'Enter the layout as JSON with vlVersion, subject and frames.');
		}
		if (!layout || typeof layout !== 'object' || !Array.isArray(layout.frames) || layout.frames.length === 0) {
			throw fail('Layout (JSON)', 'has no frames', 'Give at least one text frame and one media frame in "frames".');
		}
		const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
		const binary = this.getInputData()[itemIndex].binary?.[property];
		if (!binary) throw fail('Material Binary Field', `the input item has no binary field "${property}"`, 'Read the zip file first (e.g. Read/Write Files from Disk) and name its binary field here.');
		const content = await this.helpers.getBinaryDataBuffer(itemIndex, property);
		if (content.length === 0 || content.length > MAX_MATERIAL_BYTES) {
			throw fail('Material Binary Field', `the zip is ${content.length} bytes`, 'Give a non-empty zip under 1.8 MB.');
		}
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const fields: Record<string, string> = { sign, layout: JSON.stringify(layout) };
		const callback = sendOptionFields.call(this, itemIndex, { callbackUrl: options.callbackUrl }).callback_url;
		if (callback) fields.callback_url = String(callback);
		const file = { fileName: binary.fileName ?? 'material.zip', contentType: binary.mimeType || 'application/zip', content };
		const answer = await yunpianMultipartRequest.call(this, 'vsms', 'vsms/add_tpl', fields, { material: file }, itemIndex, videoTemplateAnswer);
		return videoTemplateResult(answer);
	});
}
