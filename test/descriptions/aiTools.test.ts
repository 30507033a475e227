import { NodeHelpers, type INode, type INodeProperties, type INodePropertyCollection, type INodePropertyOptions, type INodeTypeDescription } from 'n8n-workflow';

import packageJson from '../../package.json';
import { PackageNodeTypes } from '../harness/nodeTypes';

/**
 * What an AI agent sees of the action nodes used as tools in n8n 2.41. With the tool's Description left on
 * "Set Automatically", n8n-workflow's NodeHelpers.getToolDescriptionForNode gives the model
 * "<the operation's action> in <the node's default name>" (makeDescription): the action is the only text
 * that says what the tool does. The model fills the parameters written as `$fromAI()`; n8n's editor offers
 * that ("Let the model define this parameter") on a parameter unless it has noDataExpression or is an
 * options list (editor-ui fromAIOverride.utils.ts, canBeContentOverride).
 */
const nodeTypes = new PackageNodeTypes();
const NODES = ['upyunSms', 'jPushSms', 'yunpian', 'liupai'].map((name) => `${packageJson.name}.${name}`);

const optionsOf = (property: INodeProperties) => (property.options ?? []) as INodePropertyOptions[];

interface Operation {
	resource: string;
	operation: INodePropertyOptions;
	fields: INodeProperties[];
}

function operationsOf(description: INodeTypeDescription): Operation[] {
	return description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((selector) =>
			(selector.displayOptions?.show?.resource ?? []).flatMap((resource) =>
				optionsOf(selector).map((operation) => ({
					resource: String(resource),
					operation,
					fields: description.properties.filter(
						(property) => property.displayOptions?.show?.resource?.includes(resource) && property.displayOptions?.show?.operation?.includes(operation.value),
					),
				})),
			),
		);
}

const MOBILE_FIELDS = ['mobile', 'mobiles'];
/** The released free-form variable lists (fixedCollection `variables`, one entry per template placeholder). */
const isVariableList = (field: INodeProperties) => field.name === 'variables' && field.type === 'fixedCollection';

describe.each(NODES)('%s as an AI agent tool', (type) => {
	const nodeType = nodeTypes.getByNameAndVersion(type);
	const { description } = nodeType;
	const operations = operationsOf(description);
	const toolDescription = (resource: string, operation: string) => {
		const node: INode = { id: 't', name: description.defaults.name!, type: `${type}Tool`, typeVersion: 1, position: [0, 0], parameters: { descriptionType: 'auto', resource, operation } };
		return NodeHelpers.getToolDescriptionForNode(node, nodeType);
	};

	test('each operation’s tool description is its action in the node, says what it does, and differs from the others', () => {
		expect(operations.length).toBeGreaterThan(0);
		const seen = new Set<string>();
		for (const { resource, operation } of operations) {
			const text = toolDescription(resource, String(operation.value));
			expect(text).toBe(`${operation.action} in ${description.defaults.name}`);
			expect({ operation: `${resource}/${operation.value}`, words: operation.action!.split(' ').length >= 6 }).toEqual({ operation: `${resource}/${operation.value}`, words: true });
			expect(seen.has(text)).toBe(false);
			seen.add(text);
		}
	});

	test('operations that take mobile numbers or template variables say so in what the agent reads', () => {
		const checked: string[] = [];
		for (const { resource, operation, fields } of operations) {
			const label = `${resource}/${operation.value}: ${operation.action}`;
			if (fields.some((field) => MOBILE_FIELDS.includes(field.name) && field.required)) {
				expect(label).toMatch(/mobile numbers?/);
				checked.push(label);
			}
			if (fields.some(isVariableList)) expect(label).toMatch(/variable values/);
		}
		expect(checked.length).toBeGreaterThan(0);
	});

	test('mobile numbers and the template variable values can be left to the model ($fromAI)', () => {
		const open: string[] = [];
		for (const { resource, operation, fields } of operations) {
			for (const field of fields) {
				const candidates: INodeProperties[] = [];
				if (MOBILE_FIELDS.includes(field.name)) candidates.push(field);
				if (isVariableList(field)) candidates.push(...(field.options as INodePropertyCollection[]).flatMap((option) => option.values));
				for (const candidate of candidates) {
					open.push(`${resource}/${operation.value} ${field.name}.${candidate.name}`);
					expect({ field: `${resource}/${operation.value} ${candidate.name}`, noDataExpression: candidate.noDataExpression ?? false, type: candidate.type }).toEqual({
						field: `${resource}/${operation.value} ${candidate.name}`,
						noDataExpression: false,
						type: 'string',
					});
				}
			}
		}
		expect(open.length).toBeGreaterThan(0);
	});

	test('the node description, which n8n gives a tool whose description is set manually, names the provider and what it sends', () => {
		expect(description.usableAsTool).toBe(true);
		expect(description.description).toMatch(/^Send .*SMS.* with [A-Z]/);
	});
});
