/**
 * The bad-input suite's engine: every case is one run of a real node (n8n-core WorkflowExecute, real HTTP to
 * the provider's sandbox) with one parameter of one item replaced by a malformed value. A case passes when
 * the node stops with a NodeOperationError whose message starts with the parameter's display name as the
 * editor shows it (read from the node's description, not typed here) and ends with `[item N]`, whose
 * description says how to fix it, and when the sandbox received no request but the reads a check may make
 * (template lookups). Each passing case counts one `bad_inputs`; requests beyond that count as
 * `requests_leaked`.
 *
 * Cases are generated: operation × field × bad value, the bad item placed at position 0, 1 or 2 of three
 * items (the other items carry the field's good value), through an expression `={{ $json.__bad }}` at the
 * field's path, so objects, arrays and null arrive exactly as an expression would give them.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeProperties } from 'n8n-workflow';

import { nodeTypes, runWorkflow, type RunResult } from '../harness/runWorkflow';
import type { RecordedRequest } from '../sandbox/kit/types';
import { count } from './counters';
import './regexEngine';

/** What the suite needs of a provider sandbox. */
export interface SandboxLike {
	start(): Promise<string>;
	stop(): Promise<void>;
	reset(): void;
	server: { received: RecordedRequest[] };
}

export interface ProviderSpec {
	/** The node type, e.g. `n8n-nodes-china-sms.upyunSms`. */
	nodeType: string;
	credentialType: string;
	credentials: (baseUrl: string) => ICredentialDataDecryptedObject;
	/** Requests a check may make before refusing an input: lookups that change nothing. */
	isLookup: (request: RecordedRequest) => boolean;
	/** Runs after each sandbox reset (clocks, seeded state). */
	afterReset?: () => void;
}

export interface BadValue {
	label: string;
	value: unknown;
	/** Display name the error must name, when not the field's own (e.g. a template check names Template Variables). */
	names?: string;
	/** Positions of the bad item among three items (default: one of 0, 1, 2 by turns). */
	positions?: number[];
	/**
	 * The value replaces a whole collection, which n8n cannot take from an expression: it is written into the
	 * parameters for every item, so the first item is the one refused.
	 */
	structural?: boolean;
}

export interface FieldCases {
	/** The good value of an item, where the items must differ (e.g. the numbers of one batch schedule). */
	goodFor?: (item: number) => unknown;
	/** Where the value goes in the parameters: `mobiles`, `options.extendCode`, `variables.values.0.value`, `templateId.value`. */
	path: string;
	/** The value the other items carry (valid). */
	good: unknown;
	bad: BadValue[];
	/** The parameter whose display name the error must start with, when not the one at `path` (an option of a collection, else the top-level parameter). */
	parameter?: string;
	/** Where the bad item may be: run-wide options are read from item 0 only. */
	positions?: number[];
}

export interface OperationCases {
	resource: string;
	operation: string;
	/** Tells two tables of one operation apart in test names (e.g. "JSON variables"). */
	variant?: string;
	/** Fields every input item carries besides the bad value (e.g. a number of its own), by position. */
	itemJson?: (item: number) => IDataObject;
	/** Valid parameters of the operation (without resource/operation). */
	params: IDataObject;
	/**
	 * Whether the operation handles items one after another (each item's request before the next item is
	 * read), so items before the bad one are sent: their requests are expected, one per item.
	 */
	perItem?: boolean;
	/** Items of the control run (default 3; 1 where a second good item could not succeed, e.g. a delete). */
	controlItems?: number;
	/** Requests one good item makes that are not lookups (perItem operations). */
	requestsPerItem?: number;
	fields: FieldCases[];
}

export interface GeneratedCase {
	name: string;
	operation: OperationCases;
	field: FieldCases;
	bad: BadValue;
	position: number;
	parameters: IDataObject;
	input: IDataObject[];
	display: string;
}

const ITEMS = 3;
const BAD = '={{ $json.__bad }}';

/** A deep copy of `params` with `value` at `path` (dots; numeric segments index arrays). */
export function setPath(params: IDataObject, path: string, value: unknown): IDataObject {
	const copy = structuredClone(params) as Record<string, unknown>;
	const keys = path.split('.');
	let target: Record<string, unknown> = copy;
	keys.slice(0, -1).forEach((key, index) => {
		const next = target[key];
		if (next === undefined || next === null || typeof next !== 'object') {
			target[key] = /^\d+$/.test(keys[index + 1]) ? [] : {};
		}
		target = target[key] as Record<string, unknown>;
	});
	target[keys[keys.length - 1]] = value;
	return copy as IDataObject;
}

type ShownProperty = Omit<INodeProperties, 'displayOptions'> & { displayOptions?: { show?: Record<string, unknown[]> } };

/** The display name the editor shows for a parameter of an operation (and, for `options.x`, of the option). */
export function displayNameOf(nodeType: string, operation: OperationCases, path: string): string {
	const properties = nodeTypes.getByNameAndVersion(nodeType).description.properties as unknown as ShownProperty[];
	const values: IDataObject = { resource: operation.resource, operation: operation.operation, ...operation.params };
	const [name, child] = path.split('.');
	const candidates = properties.filter(
		(property) =>
			property.name === name &&
			Object.entries(property.displayOptions?.show ?? {}).every(([key, allowed]) =>
				allowed.includes((values[key] ?? properties.find((other) => other.name === key)?.default) as never),
			),
	);
	if (candidates.length !== 1) throw new Error(`${operation.resource}.${operation.operation}: ${candidates.length} parameters named ${name} are shown`);
	const [property] = candidates;
	if (property.type === 'collection' && child) {
		const option = (property.options as INodeProperties[]).find((entry) => entry.name === child);
		if (!option) throw new Error(`${operation.resource}.${operation.operation}: no option ${path}`);
		return option.displayName;
	}
	return property.displayName;
}

const goodOf = (field: FieldCases, item: number) => (field.goodFor ? field.goodFor(item) : field.good);

const operationName = (operation: OperationCases) => `${operation.resource} → ${operation.operation}${operation.variant ? ` (${operation.variant})` : ''}`;

/** Every case of an operation table: field × bad value, the bad item at a position by turns. */
export function generateCases(provider: ProviderSpec, operations: OperationCases[]): GeneratedCase[] {
	const cases: GeneratedCase[] = [];
	for (const operation of operations) {
		for (const field of operation.fields) {
			const display = displayNameOf(provider.nodeType, operation, field.parameter ?? field.path);
			field.bad.forEach((bad, index) => {
				const parameters = setPath(operation.params, field.path, bad.structural ? bad.value : BAD);
				const positions = bad.structural ? [0] : (bad.positions ?? field.positions ?? [[0, 1, 2][(cases.length + index) % ITEMS]]);
				for (const position of positions) {
					const input = Array.from({ length: ITEMS }, (_unused, item) => ({ ...operation.itemJson?.(item), __bad: item === position ? bad.value : goodOf(field, item) }) as IDataObject);
					cases.push({
						name: `${operationName(operation)}: ${field.path} ${bad.label} [item ${position}]`,
						operation,
						field,
						bad,
						position,
						parameters: { resource: operation.resource, operation: operation.operation, ...parameters },
						input,
						display: bad.names ?? display,
					});
				}
			});
		}
	}
	return cases;
}

export interface ControlCase {
	name: string;
	parameters: IDataObject;
	input: IDataObject[];
	operation: OperationCases;
}

/**
 * The same runs with every item good, one per field: each must succeed and reach the sandbox, so a bad-input
 * case passes only because of its bad value (and the expression at the field's path is really read).
 */
export function controlCases(operations: OperationCases[]): ControlCase[] {
	return operations.flatMap((operation) =>
		operation.fields.map((field) => ({
			name: `${operationName(operation)}: ${field.path} good in every item`,
			operation,
			parameters: {
				resource: operation.resource,
				operation: operation.operation,
				// A collection n8n cannot take from an expression is written in as it is.
				...setPath(operation.params, field.path, field.bad.every((bad) => bad.structural) ? field.good : BAD),
			},
			input: Array.from({ length: operation.controlItems ?? ITEMS }, (_unused, item) => ({ ...operation.itemJson?.(item), __bad: goodOf(field, item) }) as IDataObject),
		})),
	);
}

export interface Checked {
	result: RunResult;
	/** Requests that reached the sandbox beyond the lookups and the good items' own requests. */
	leaked: RecordedRequest[];
}

/** Starts the sandbox around a describe block; `runCase` runs one generated case and checks it. */
export function useBadInputs(provider: ProviderSpec, sandbox: SandboxLike) {
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());

	async function run(parameters: IDataObject, input: IDataObject[]): Promise<RunResult> {
		sandbox.reset();
		provider.afterReset?.();
		return await runWorkflow({
			node: { type: provider.nodeType, credentialType: provider.credentialType, parameters },
			input,
			credentials: { [provider.credentialType]: provider.credentials(baseUrl) },
		});
	}

	async function runCase(testCase: GeneratedCase): Promise<Checked> {
		const result = await run(testCase.parameters, testCase.input);
		const writes = sandbox.server.received.filter((request) => !provider.isLookup(request));
		const expected = testCase.operation.perItem ? testCase.position * (testCase.operation.requestsPerItem ?? 1) : 0;
		const leaked = writes.slice(expected);
		count('requests_leaked', leaked.length);
		expect({ leaked: leaked.map((request) => `${request.method} ${request.path} ${request.rawBody.slice(0, 300)}`) }).toEqual({ leaked: [] });
		expectInputError(result, testCase.display, testCase.position);
		count('bad_inputs');
		return { result, leaked };
	}

	async function runControl(control: ControlCase): Promise<RunResult> {
		const result = await run(control.parameters, control.input);
		const error = result.error as unknown as { message?: string; description?: string } | undefined;
		expect({ error: error && `${error.message} — ${error.description}` }).toEqual({ error: undefined });
		// The run reached the provider beyond its lookups, or (a get answered from the lookup) gave items.
		const reached = sandbox.server.received.filter((request) => !provider.isLookup(request)).length + result.items.length;
		expect({ reached: reached > 0, received: sandbox.server.received.map((request) => `${request.method} ${request.path}`) }).toEqual({ reached: true, received: expect.any(Array) });
		return result;
	}

	return { run, runCase, runControl, received: () => sandbox.server.received, baseUrl: () => baseUrl };
}

/** A NodeOperationError naming the parameter and the item, with a description that says what to do. */
export function expectInputError(result: RunResult, display: string, itemIndex: number): void {
	const error = result.error as unknown as { name?: string; message?: string; description?: string } | undefined;
	expect(error).toBeDefined();
	const shown = { name: error?.name, message: error?.message, description: error?.description };
	expect(shown).toEqual({
		name: 'NodeOperationError',
		message: expect.stringMatching(new RegExp(`^${escapeRegExp(display)}: .+ \\[item ${itemIndex}\\]$`, 's')),
		description: expect.stringMatching(/^[A-Z"“(【].{9,}/s),
	});
	// An error built from a value the node did not understand shows it as [object Object] or undefined.
	expect(`${shown.message} ${shown.description}`).not.toMatch(/\[object \w+\]|\bundefined\b/);
	expect(result.items).toEqual([]);
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A fixedCollection of values in order (UPYUN, Liupai). */
export const valueList = (...values: unknown[]) => ({ values: values.map((value) => ({ value })) });

/** A fixedCollection of name/value pairs (JPush, Yunpian). */
export const namedValues = (pairs: Record<string, unknown>) => ({ values: Object.entries(pairs).map(([name, value]) => ({ name, value })) });

/** A resource locator by ID. */
export const byId = (id: string | number) => ({ __rl: true, mode: 'id', value: String(id) });
