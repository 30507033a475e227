import type { IDataObject, INodeExecutionData, INodeListSearchResult, ResourceMapperFields } from 'n8n-workflow';

import { capturedLogs } from '../harness/logCapture';
import { runListSearch, runResourceMapping, runWorkflow, type RunResult } from '../harness/runWorkflow';
import { LiupaiSandbox, liupaiTestAppkey, liupaiWrongAppkey } from '../sandbox/liupai';
import type { RecordedRequest } from '../sandbox/kit/types';

const NODE_TYPE = 'n8n-nodes-china-sms.liupai';

export interface RunOptions {
	input?: Array<IDataObject | INodeExecutionData>;
	continueOnFail?: boolean;
	appSecret?: string;
	baseUrl?: string;
	/** The node version the saved workflow has; 1 unless told (the tests written before version 1.1). */
	typeVersion?: number;
}

/** One Liupai sandbox per test file, reset before each test; `run` drives the node through the engine. */
export function useLiupai() {
	const sandbox = new LiupaiSandbox();
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	const credentials = (options: RunOptions = {}) => ({
		liupaiApi: { appSecret: options.appSecret ?? liupaiTestAppkey, baseUrl: options.baseUrl ?? baseUrl },
	});

	async function run(parameters: IDataObject, options: RunOptions = {}): Promise<RunResult> {
		return await runWorkflow({
			node: { type: NODE_TYPE, credentialType: 'liupaiApi', parameters, continueOnFail: options.continueOnFail, typeVersion: options.typeVersion },
			input: options.input,
			credentials: credentials(options),
		});
	}

	/** A "From List" search of the Liupai node, with the node's parameters as the editor sends them. */
	async function listSearch(method: string, parameters: IDataObject = {}, filter?: string): Promise<INodeListSearchResult> {
		const path = method === 'searchSubAccounts' ? 'parameters.accountId' : 'parameters.templateId';
		return await runListSearch({ type: NODE_TYPE, credentialType: 'liupaiApi', parameters }, method, credentials(), filter, path);
	}

	/** The Template Variables fields as the editor loads them (the resource mapper), for the node's parameters. */
	async function resourceMapping(parameters: IDataObject, typeVersion = 1.1): Promise<ResourceMapperFields> {
		return await runResourceMapping({ type: NODE_TYPE, credentialType: 'liupaiApi', parameters, typeVersion }, 'getTemplateVariables', credentials());
	}

	/** Requests the node sent to Liupai's API. */
	const received = () => sandbox.server.received;

	return { sandbox, run, listSearch, resourceMapping, received, credentials, appkey: liupaiTestAppkey, wrongAppkey: liupaiWrongAppkey };
}

export const locator = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

export const variables = (...values: string[]) => ({ values: values.map((value) => ({ value })) });

/** What Liupai received, as the request a reader would write: method, path, query and form body. */
export const wire = (request: RecordedRequest) => ({ method: request.method, path: request.path, query: request.query, body: request.body });

/** Everything an error, an item or n8n's log carries, as text, to search for leaked secrets. */
export function everything(result: RunResult): string {
	const error = result.error as unknown as (IDataObject & { stack?: string }) | undefined;
	return JSON.stringify({
		items: result.items,
		error: error && { message: error.message, description: error.description, stack: error.stack, json: error },
		run: result.run?.data,
		log: capturedLogs(),
	});
}

/** Every form the key takes in text: as is, percent-encoded by any encoder (RFC 3986 or not), with + for spaces. */
export function leakForms(secret: string): string[] {
	const rfc3986 = encodeURIComponent(secret).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	const encoded = [encodeURIComponent(secret), rfc3986, new URLSearchParams({ v: secret }).toString().slice(2)];
	return [secret, ...encoded, ...encoded.map((form) => form.toLowerCase())];
}

export function expectNoLeak(result: RunResult, ...secrets: string[]): void {
	const text = everything(result);
	for (const secret of secrets) for (const form of leakForms(secret)) expect(text).not.toContain(form);
}
