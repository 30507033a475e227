import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { capturedLogs } from '../harness/logCapture';
import { runListSearch, runResourceMapping, runWorkflow, type RunResult } from '../harness/runWorkflow';
import type { RecordedRequest } from '../sandbox/kit/types';
import { YunpianSandbox, yunpianTestApiKey } from '../sandbox/yunpian';

export const NODE_TYPE = 'n8n-nodes-china-sms.yunpian';

/** One Yunpian sandbox per test file, reset before each test; `run` drives the node through the engine. */
export function useYunpian() {
	const sandbox = new YunpianSandbox();
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => {
		sandbox.reset();
		// Beijing 2026-11-26 10:00:00, so send times and record queries are repeatable.
		sandbox.now = () => new Date('2026-11-26T02:00:00.000Z');
	});

	const credentials = (apiKey = yunpianTestApiKey, url = baseUrl) => ({ yunpianApi: { apiKey, baseUrl: url } });

	async function run(
		parameters: IDataObject,
		options: { input?: Array<IDataObject | INodeExecutionData>; continueOnFail?: boolean; apiKey?: string; baseUrl?: string; typeVersion?: number } = {},
	): Promise<RunResult> {
		return await runWorkflow({
			node: { type: NODE_TYPE, credentialType: 'yunpianApi', parameters, continueOnFail: options.continueOnFail, typeVersion: options.typeVersion },
			input: options.input,
			credentials: credentials(options.apiKey, options.baseUrl ?? baseUrl),
		});
	}

	async function listSearch(method: string, filter?: string) {
		return await runListSearch({ type: NODE_TYPE, credentialType: 'yunpianApi', parameters: {} }, method, credentials(), filter);
	}

	/** The fields of Template Variables for these parameters, loaded as the editor loads them (version 1.1). */
	async function resourceMapping(parameters: IDataObject, method = 'getTemplateVariables') {
		return await runResourceMapping({ type: NODE_TYPE, credentialType: 'yunpianApi', parameters, typeVersion: 1.1 }, method, credentials());
	}

	/** Requests the node sent (hooks excluded). */
	const received = (): RecordedRequest[] => sandbox.server.received;

	return { sandbox, run, received, listSearch, resourceMapping, apiKey: yunpianTestApiKey, baseUrl: () => baseUrl };
}

export const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

/** A resource mapper's value as the editor saves it: the fields defined below, by variable name. */
export const fieldsOf = (value: Record<string, string>) => ({ mappingMode: 'defineBelow', value });

export const vars = (values: Record<string, string>) => ({ values: Object.entries(values).map(([name, value]) => ({ name, value })) });

/** The form fields a request carried (the kit parses form bodies into an object). */
export const form = (request: RecordedRequest) => request.body as Record<string, string>;

/** Checks a request was a form POST to `/v2/{path}.json` with the key in the body, and nowhere else. */
export function expectFormPost(request: RecordedRequest, path: string, apiKey: string): Record<string, string> {
	expect(request.method).toBe('POST');
	expect(request.path).toBe(`/v2/${path}.json`);
	expect(request.contentType).toContain('application/x-www-form-urlencoded');
	expect(form(request).apikey).toBe(apiKey);
	expect(JSON.stringify(request.query)).not.toContain(apiKey);
	expect(JSON.stringify(request.headers)).not.toContain(apiKey);
	return form(request);
}

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

export const jsonOf = (result: RunResult) => result.items.map((item) => item.json);
