import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { APPROVED_LIST_STATE, listAllSignatures, listAllTemplates } from '../helpers/templates';

/** How the lists show a review state (QuerySmsTemplateList / QuerySmsSignList, aliyun.md §4.1). */
const STATE_IN_LIST: Record<string, string> = {
	AUDIT_STATE_PASS: 'Approved',
	AUDIT_STATE_INIT: 'Under review, cannot send yet',
	AUDIT_STATE_NOT_PASS: 'Rejected, cannot send',
	AUDIT_STATE_CANCEL: 'Cancelled, cannot send',
	AUDIT_SATE_CANCEL: 'Cancelled, cannot send',
};

const stateText = (state: string): string => STATE_IN_LIST[state] ?? `${state}, cannot send`;

function approvedFirst<T extends { AuditStatus: string }>(rows: T[]): T[] {
	return [...rows.filter((row) => row.AuditStatus === APPROVED_LIST_STATE), ...rows.filter((row) => row.AuditStatus !== APPROVED_LIST_STATE)];
}

/** Templates searchable by code, name or text; approved first, the others visible and marked as unusable. */
export async function searchTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const templates = (await listAllTemplates.call(this)).filter((t) => !needle || `${t.TemplateCode} ${t.TemplateName} ${t.TemplateContent}`.toLowerCase().includes(needle));
	return { results: approvedFirst(templates).map((t) => ({ name: `${t.TemplateName} · ${stateText(t.AuditStatus)} · ${t.TemplateContent}`, value: t.TemplateCode })) };
}

/** Signatures searchable by name; approved first, the others marked. */
export async function searchSignatures(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const signatures = (await listAllSignatures.call(this)).filter((s) => !needle || s.SignName.toLowerCase().includes(needle));
	return { results: approvedFirst(signatures).map((s) => ({ name: `【${s.SignName}】 · ${stateText(s.AuditStatus)}${s.BusinessType ? ` · ${s.BusinessType}` : ''}`, value: s.SignName })) };
}
