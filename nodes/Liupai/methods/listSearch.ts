import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { APPROVED, fetchSubAccounts, fetchTemplates, reviewLabel } from '../helpers/lists';
import { chosenAccount, currentParameter } from './parameters';

const matches = (needle: string, ...texts: unknown[]) => !needle || texts.map(String).join(' ').toLowerCase().includes(needle);

/** Whether the node is on Message → Send (the node's defaults), where only approved sub-accounts can be used. */
function isSending(context: ILoadOptionsFunctions): boolean {
	if (context.getNode().type.endsWith('Trigger')) return false;
	const resource = currentParameter(context, 'resource') ?? 'message';
	const operation = currentParameter(context, 'operation') ?? 'send';
	return resource === 'message' && operation === 'send';
}

const accountName = (row: IDataObject) => `${String(row.signature ?? '')} ${String(row.company ?? '')}`.trim();

/** The review status as the list shows it: anything but approved is marked as unable to send. */
const statusTag = (status: unknown) => (String(status) === APPROVED ? `[${reviewLabel(status)}]` : `[${reviewLabel(status)}, cannot send]`);

/**
 * Sub-accounts, searchable by ID, company or signature, each with its review status. On Message →
 * Send only approved ones are listed: Liupai reviews every sub-account, and one under review or
 * rejected cannot send, so offering it would only move the failure to run time. Other operations
 * (Template → Create, Sub-Account → Update, …) list them all.
 */
export async function searchSubAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const sending = isSending(this);
	const accounts = await fetchSubAccounts.call(this);
	return {
		results: accounts
			.filter((row) => !sending || String(row.status) === APPROVED)
			.filter((row) => matches(needle, row.accountid, row.company, row.signature))
			.map((row) => ({
				name: `${accountName(row)} [${reviewLabel(row.status)}] (${String(row.accountid)})`.trim(),
				value: String(row.accountid),
			})),
	};
}

/**
 * Templates of the sub-account chosen in the node, searchable by ID, name or text, each with its review
 * status; one not approved stays listed (so it can be found) but is marked "cannot send", with Liupai's
 * reason when it was rejected. With no sub-account chosen (or one given by an expression the editor cannot resolve yet, or a
 * node without the field: Exact Text mode, the trigger), the templates of every sub-account — only the
 * approved sub-accounts on Message → Send — each naming the sub-account it belongs to, so the pair
 * can be matched.
 */
export async function searchTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const chosen = chosenAccount(this);
	const owners: Array<{ id: string; label?: string }> = [];
	if (chosen) {
		owners.push({ id: chosen });
	} else {
		const sending = isSending(this);
		for (const row of await fetchSubAccounts.call(this)) {
			if (sending && String(row.status) !== APPROVED) continue;
			owners.push({ id: String(row.accountid), label: `sub-account ${String(row.accountid)} ${accountName(row)}`.trim() });
		}
	}
	const results: INodeListSearchResult['results'] = [];
	for (const owner of owners) {
		for (const row of await fetchTemplates.call(this, owner.id)) {
			if (!matches(needle, row.templateid, row.name, row.content)) continue;
			const label = owner.label ? ` (${owner.label})` : '';
			const reason = String(row.status) !== APPROVED && row.failreason ? ` (${String(row.failreason)})` : '';
			results.push({
				name: `${String(row.name ?? row.templateid)} ${statusTag(row.status)}${reason}${label} ${String(row.content ?? '')}`,
				value: String(row.templateid),
			});
		}
	}
	return { results };
}
