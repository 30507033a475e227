import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { collectPages } from '../../shared/paging';
import { listIn, objectWith } from '../../shared/transport/expect';
import { findPlaceholders, type Placeholder } from '../../shared/templates/placeholders';
import { aliyunRequest } from '../transport';

/** A template as GetSmsTemplate gives it: `TemplateStatus` and `TemplateType` are strings there (aliyun.md §2.6). */
export interface AliyunTemplate {
	TemplateCode: string;
	TemplateName?: string;
	TemplateContent: string;
	TemplateStatus: string;
	TemplateType?: string;
	AuditInfo?: { RejectInfo?: string };
}

/** A row of QuerySmsTemplateList / QuerySmsSignList: review states as `AUDIT_STATE_*` texts. */
export interface ListedTemplate {
	TemplateCode: string;
	TemplateName: string;
	TemplateContent: string;
	AuditStatus: string;
	OuterTemplateType?: number;
}

export interface ListedSignature {
	SignName: string;
	AuditStatus: string;
	BusinessType?: string;
}

export const APPROVED_LIST_STATE = 'AUDIT_STATE_PASS';
export const PAGE_SIZE = 50;

const TEMPLATE_STATUS: Record<string, string> = { '0': 'under review', '1': 'approved', '2': 'rejected', '10': 'cancelled' };

export type ListContext = IExecuteFunctions | ILoadOptionsFunctions;

/** Every template of the account, 50 a page (QuerySmsTemplateList; Aliyun allows 10 such calls a second). */
export async function listAllTemplates(this: ListContext, limit = Infinity): Promise<ListedTemplate[]> {
	return await collectPages<ListedTemplate>(
		async (page, pageSize) => {
			const answer = await aliyunRequest.call(this, { action: 'QuerySmsTemplateList', query: { PageIndex: page, PageSize: pageSize }, kind: 'read', expect: listIn('SmsTemplateList', true) });
			return { items: (answer.SmsTemplateList as ListedTemplate[] | undefined) ?? [], total: Number(answer.TotalCount) };
		},
		{ returnAll: limit === Infinity, limit: Number.isFinite(limit) ? limit : 0, pageSize: PAGE_SIZE },
	);
}

export async function listAllSignatures(this: ListContext, limit = Infinity): Promise<ListedSignature[]> {
	return await collectPages<ListedSignature>(
		async (page, pageSize) => {
			const answer = await aliyunRequest.call(this, { action: 'QuerySmsSignList', query: { PageIndex: page, PageSize: pageSize }, kind: 'read', expect: listIn('SmsSignList', true) });
			return { items: (answer.SmsSignList as ListedSignature[] | undefined) ?? [], total: Number(answer.TotalCount) };
		},
		{ returnAll: limit === Infinity, limit: Number.isFinite(limit) ? limit : 0, pageSize: PAGE_SIZE },
	);
}

export async function getTemplate(this: ListContext, code: string, itemIndex?: number): Promise<AliyunTemplate> {
	const answer = await aliyunRequest.call(this, { action: 'GetSmsTemplate', query: { TemplateCode: code }, kind: 'read', expect: objectWith('TemplateCode', 'TemplateContent') }, itemIndex);
	return answer as unknown as AliyunTemplate;
}

/**
 * The templates a send uses, each read once per run (GetSmsTemplate): its `${name}` variables for the fields,
 * its text for the preview, and whether it may send — only an approved template can, so any other is an
 * input error before anything is sent.
 */
export class TemplateBook {
	private readonly read = new Map<string, Promise<AliyunTemplate>>();

	constructor(private readonly context: IExecuteFunctions) {}

	async approved(code: string, itemIndex: number, parameter = 'Template'): Promise<AliyunTemplate> {
		let pending = this.read.get(code);
		if (!pending) {
			pending = getTemplate.call(this.context, code, itemIndex);
			this.read.set(code, pending);
		}
		const template = await pending;
		if (String(template.TemplateStatus) !== '1') {
			const status = TEMPLATE_STATUS[String(template.TemplateStatus)] ?? `in status ${String(template.TemplateStatus)}`;
			const reason = template.AuditInfo?.RejectInfo ? ` (Aliyun: ${template.AuditInfo.RejectInfo})` : '';
			throw inputError(this.context.getNode(), itemIndex, parameter, `template ${code} is ${status}${reason}, so it cannot send`, 'Pick an approved template (the list marks the others), or wait for the review to finish.');
		}
		return template;
	}

	async placeholders(code: string, itemIndex: number): Promise<Placeholder[]> {
		return findPlaceholders((await this.approved(code, itemIndex)).TemplateContent, 'aliyun');
	}
}

export const templateStatusText = (template: IDataObject): string => TEMPLATE_STATUS[String(template.TemplateStatus)] ?? String(template.TemplateStatus);
