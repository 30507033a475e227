import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { APPROVED, fetchSubAccounts, fetchTemplates, reviewLabel } from '../helpers/lists';

const matches = (needle: string, ...texts: unknown[]) => !needle || texts.map(String).join(' ').toLowerCase().includes(needle);

/**
 * A parameter of the node being edited: as the editor sends it (expressions already resolved by the
 * editor, resource locators as objects), else as saved; `undefined` when neither source has it.
 */
function currentParameter(context: ILoadOptionsFunctions, name: string): unknown {
	for (const read of [
		() => context.getCurrentNodeParameter(name, { extractValue: true }),
		() => context.getNodeParameter(name, undefined, { extractValue: true }),
	]) {
		try {
			const value = read();
			if (value !== undefined && value !== null && value !== '') return value;
		} catch {
			// Not set, or not shown for this operation, in this source: try the next one.
		}
	}
	return undefined;
}

/** Whether the node is on Message → Send (the node's defaults), where only approved sub-accounts can be used. */
function isSending(context: ILoadOptionsFunctions): boolean {
	if (context.getNode().type.endsWith('Trigger')) return false;
	const resource = currentParameter(context, 'resource') ?? 'message';
	const operation = currentParameter(context, 'operation') ?? 'send';
	return resource === 'message' && operation === 'send';
}

/**
 * The sub-account chosen in the node, as its numeric ID; `undefined` when none is chosen or it is an
 * expression the editor could not resolve (e.g. `{{ $json.accountId }}` before the input has run).
 */
function chosenAccount(context: ILoadOptionsFunctions): string | undefined {
	const value = currentParameter(context, 'accountId');
	const id = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^\d+$/.test(id) ? id : undefined;
}

const accountName = (row: IDataObject) => `${String(row.signature ?? '')} ${String(row.company ?? '')}`.trim();

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
 * status. With no sub-account chosen (or one given by an expression the editor cannot resolve yet, or a
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
			results.push({
				name: `${String(row.name ?? row.templateid)} [${reviewLabel(row.status)}]${label} ${String(row.content ?? '')}`,
				value: String(row.templateid),
			});
		}
	}
	return { results };
}
