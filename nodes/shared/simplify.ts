import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** The fields an operation keeps when Simplify is on, in the order they are output. */
export type SimplifiedFields = readonly string[];

/** One answer reduced to the listed fields it has, in the list's order; a field it lacks is left out, not invented. */
export function pickFields(entry: IDataObject, fields: SimplifiedFields): IDataObject {
	const picked: IDataObject = {};
	for (const field of fields) {
		if (Object.prototype.hasOwnProperty.call(entry, field)) picked[field] = entry[field];
	}
	return picked;
}

/**
 * What a read outputs for one input item: the answer as the provider gave it when Simplify is off,
 * else each entry reduced to `fields` (the parameter `simplify`, see nodes/shared/descriptions/simplify.ts).
 */
export function simplifyOutput<T extends IDataObject | IDataObject[]>(
	context: IExecuteFunctions,
	itemIndex: number,
	fields: SimplifiedFields,
	answer: T,
): T {
	if (context.getNodeParameter('simplify', itemIndex, true) === false) return answer;
	return (Array.isArray(answer) ? answer.map((entry) => pickFields(entry, fields)) : pickFields(answer, fields)) as T;
}
