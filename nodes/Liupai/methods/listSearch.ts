import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchSubAccounts, fetchTemplates, reviewLabel } from '../helpers/lists';

const matches = (needle: string, ...texts: unknown[]) => !needle || texts.map(String).join(' ').toLowerCase().includes(needle);

/** Sub-accounts, searchable by ID, company or signature, each with its review status. */
export async function searchSubAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const accounts = await fetchSubAccounts.call(this);
	return {
		results: accounts
			.filter((row) => matches(needle, row.accountid, row.company, row.signature))
			.map((row) => ({
				name: `${String(row.signature ?? '')} ${String(row.company ?? '')} [${reviewLabel(row.status)}] (${String(row.accountid)})`.trim(),
				value: String(row.accountid),
			})),
	};
}

/** The sub-account chosen in the node (as the editor sends it, else as saved), or ''. */
function chosenAccount(context: ILoadOptionsFunctions): string {
	for (const read of [
		() => context.getCurrentNodeParameter('accountId', { extractValue: true }),
		() => context.getNodeParameter('accountId', '', { extractValue: true }),
	]) {
		try {
			const value = String(read() ?? '').trim();
			if (value) return value;
		} catch {
			// Not set in this context: try the next source.
		}
	}
	return '';
}

/**
 * Templates of the sub-account chosen in the node, or of every sub-account when none is chosen,
 * searchable by ID, name or text, each with its review status.
 */
export async function searchTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const chosen = chosenAccount(this);
	const accountIds = /^\d+$/.test(chosen) ? [chosen] : (await fetchSubAccounts.call(this)).map((row) => String(row.accountid));
	const templates: IDataObject[] = [];
	for (const accountId of accountIds) templates.push(...(await fetchTemplates.call(this, accountId)));
	return {
		results: templates
			.filter((row) => matches(needle, row.templateid, row.name, row.content))
			.map((row) => ({
				name: `${String(row.name ?? row.templateid)} [${reviewLabel(row.status)}] ${String(row.content ?? '')}`,
				value: String(row.templateid),
			})),
	};
}
