import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchSignatures, type TencentSignature } from '../helpers/signatures';
import { fetchAllTemplates, KIND, reviewStatus, type TencentTemplate } from '../helpers/templates';

function templateName(template: TencentTemplate): string {
	const usable = template.StatusCode === 0 ? 'Approved' : `${reviewStatus(template.StatusCode)}, cannot send`;
	return `${template.TemplateName} · ${usable} · ${KIND[String(template.International)] ?? ''} · ${template.TemplateContent}`;
}

const matches = (needle: string, ...texts: unknown[]): boolean => !needle || texts.map(String).join(' ').toLowerCase().includes(needle);

/**
 * Templates of the account (mainland and international, DescribeSmsTemplateList,
 * https://cloud.tencent.com/document/api/382/52077), searchable by ID, name or text. Approved ones come first;
 * the others stay visible, marked as unusable.
 */
export async function searchTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const templates = (await fetchAllTemplates.call(this)).filter((t) => matches(needle, t.TemplateId, t.TemplateName, t.TemplateContent));
	const ordered = [...templates.filter((t) => t.StatusCode === 0), ...templates.filter((t) => t.StatusCode !== 0)];
	return { results: ordered.map((template) => ({ name: templateName(template), value: String(template.TemplateId) })) };
}

function signatureName(sign: TencentSignature): string {
	const usable = sign.StatusCode === 0 ? 'Approved' : `${reviewStatus(sign.StatusCode)}, cannot send`;
	return `${sign.SignName} · ${usable} · ${sign.International === 1 ? 'international' : 'mainland China'}`;
}

/**
 * Signatures of the account (DescribeSmsSignList, https://cloud.tencent.com/document/api/382/52077). The value
 * is the signature's text, which SendSms takes; approved ones first.
 */
export async function searchSignatures(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const signs = (await fetchSignatures.call(this)).filter((s) => matches(needle, s.SignId, s.SignName));
	const ordered = [...signs.filter((s) => s.StatusCode === 0), ...signs.filter((s) => s.StatusCode !== 0)];
	return { results: ordered.map((sign) => ({ name: signatureName(sign), value: sign.SignName })) };
}
