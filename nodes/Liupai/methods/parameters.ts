import type { ILoadOptionsFunctions } from 'n8n-workflow';

/**
 * A parameter of the node being edited: as the editor sends it (expressions already resolved by the
 * editor, resource locators as objects), else as saved; `undefined` when neither source has it.
 */
export function currentParameter(context: ILoadOptionsFunctions, name: string): unknown {
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

/**
 * The sub-account chosen in the node, as its numeric ID; `undefined` when none is chosen or it is an
 * expression the editor could not resolve (e.g. `{{ $json.accountId }}` before the input has run).
 */
export function chosenAccount(context: ILoadOptionsFunctions): string | undefined {
	const value = currentParameter(context, 'accountId');
	const id = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^\d+$/.test(id) ? id : undefined;
}
