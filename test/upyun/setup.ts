import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { capturedLogs } from '../harness/logCapture';
import { runListSearch, runResourceMapping, runWorkflow, type RunResult } from '../harness/runWorkflow';
import { UpyunSandbox, upyunTestToken } from '../sandbox/upyun';

/** One UPYUN sandbox per test file, reset before each test; `run` drives the node through the engine. */
export function useUpyun() {
	const sandbox = new UpyunSandbox();
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	async function run(
		parameters: IDataObject,
		options: { input?: Array<IDataObject | INodeExecutionData>; continueOnFail?: boolean; token?: string; baseUrl?: string; typeVersion?: number } = {},
	): Promise<RunResult> {
		return await runWorkflow({
			node: {
				type: 'n8n-nodes-china-sms.upyunSms',
				credentialType: 'upyunSmsApi',
				parameters,
				continueOnFail: options.continueOnFail,
				typeVersion: options.typeVersion,
			},
			input: options.input,
			credentials: { upyunSmsApi: { token: options.token ?? upyunTestToken, baseUrl: options.baseUrl ?? baseUrl } },
		});
	}

	/** Requests the node sent to UPYUN's API. */
	const received = () => sandbox.server.received;

	const credentials = () => ({ upyunSmsApi: { token: upyunTestToken, baseUrl } });
	const spec = (parameters: IDataObject, typeVersion = 1.1) => ({ type: 'n8n-nodes-china-sms.upyunSms', credentialType: 'upyunSmsApi', parameters, typeVersion });

	/** The template variable fields the editor loads for these parameters (n8n-core's load-options path). */
	const variableFields = async (parameters: IDataObject, typeVersion = 1.1) =>
		await runResourceMapping(spec(parameters, typeVersion), 'getTemplateVariables', credentials());

	/** The template list of the "From List" mode, as the editor loads it. */
	const searchTemplates = async (filter?: string) => await runListSearch(spec({ resource: 'message', operation: 'send' }), 'searchTemplates', credentials(), filter);

	return { sandbox, run, received, token: upyunTestToken, baseUrl: () => baseUrl, variableFields, searchTemplates };
}

export const template = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

export const variables = (...values: string[]) => ({ values: values.map((value) => ({ value })) });

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
