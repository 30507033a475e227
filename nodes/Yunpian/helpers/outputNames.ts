import type { IDataObject } from 'n8n-workflow';

/** `check_status` → `checkStatus`: Yunpian's snake_case field names as the node outputs them. */
export function camelCase(name: string): string {
	return name.replace(/_+([a-z0-9])/g, (_match, next: string) => next.toUpperCase());
}

/**
 * An object of Yunpian's in the node's output names: the fields named in `renames` as given there
 * (ids and the things they name, e.g. `tpl_id` → `templateId`), every other field in camelCase.
 * Values are kept as they are; ids are strings.
 */
export function outputObject(raw: IDataObject, renames: Record<string, string>, ids: string[] = []): IDataObject {
	const json: IDataObject = {};
	for (const [key, value] of Object.entries(raw)) {
		const name = renames[key] ?? camelCase(key);
		json[name] = ids.includes(key) && value !== null && value !== undefined ? String(value as string | number) : value;
	}
	return json;
}
