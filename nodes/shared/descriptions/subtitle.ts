import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** A display name without its Chinese alias in parentheses: `Template (模板)` → `Template`. */
const shortName = (name: string) => name.replace(/\s*[(（][^()（）]*[\u3400-\u9fff][^()（）]*[)）]\s*$/u, '').trim();

const optionsOf = (property: INodeProperties) => (property.options ?? []) as INodePropertyOptions[];

/**
 * The display names of every resource/operation pair of a node's properties, keyed `resource:operation`,
 * as `Operation: Resource` (n8n's own order, e.g. `Send Voice Code: Verification Code`).
 */
export function operationNames(properties: INodeProperties[]): Record<string, string> {
	const resources = new Map<string, string>();
	for (const property of properties.filter((p) => p.name === 'resource')) {
		for (const option of optionsOf(property)) resources.set(String(option.value), shortName(option.name));
	}
	const names: Record<string, string> = {};
	for (const property of properties.filter((p) => p.name === 'operation')) {
		for (const resource of (property.displayOptions?.show?.resource ?? []).map(String)) {
			for (const option of optionsOf(property)) {
				names[`${resource}:${String(option.value)}`] = `${shortName(option.name)}: ${resources.get(resource) ?? resource}`;
			}
		}
	}
	return names;
}

/**
 * A node `subtitle` that shows the chosen operation's display name instead of its value: n8n evaluates
 * the subtitle as an expression with `$parameter`, so the names are looked up in a map written into it.
 * Falls back to n8n's usual `operation: resource` values for a pair the map does not know.
 */
export function operationSubtitle(properties: INodeProperties[]): string {
	const map = JSON.stringify(operationNames(properties));
	if (map.includes('{{') || map.includes('}}')) throw new Error('An operation or resource name contains {{ or }}');
	const key = '$parameter["resource"] + ":" + $parameter["operation"]';
	return `={{ (${map})[${key}] || $parameter["operation"] + ": " + $parameter["resource"] }}`;
}

/**
 * A trigger `subtitle` that shows the display names of the chosen option(s) of one parameter (an
 * `options` or `multiOptions` property), e.g. `Delivery Report` or `Delivery Status, Reply`, after
 * `prefix` if given. Unknown values are shown as they are.
 */
export function optionSubtitle(property: INodeProperties, prefix = ''): string {
	const names = Object.fromEntries(optionsOf(property).map((option) => [String(option.value), shortName(option.name)]));
	const map = JSON.stringify(names);
	if (map.includes('{{') || map.includes('}}') || prefix.includes('"')) throw new Error('A name contains {{, }} or a quote');
	const value = `$parameter[${JSON.stringify(property.name)}]`;
	const shown =
		property.type === 'multiOptions'
			? `(${value} || []).map((value) => (${map})[value] || value).join(", ")`
			: `(${map})[${value}] || ${value}`;
	return prefix ? `={{ "${prefix}" + (${shown}) }}` : `={{ ${shown} }}`;
}
