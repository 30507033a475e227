import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runWorkflow, type RunResult } from '../harness/runWorkflow';
import { AliyunSandbox, aliyunTestCredentials } from '../sandbox/aliyun';
import type { RecordedRequest } from '../sandbox/kit/types';

/** One Aliyun sandbox per test file, reset before each test; `run` drives the node through the engine. */
export function useAliyun() {
	const sandbox = new AliyunSandbox();
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	async function run(
		parameters: IDataObject,
		options: { input?: Array<IDataObject | INodeExecutionData>; continueOnFail?: boolean; credentials?: IDataObject } = {},
	): Promise<RunResult> {
		return await runWorkflow({
			node: { type: 'n8n-nodes-china-sms.aliyunSms', credentialType: 'aliyunSmsApi', parameters, continueOnFail: options.continueOnFail },
			input: options.input,
			credentials: { aliyunSmsApi: { ...aliyunTestCredentials, endpoint: 'dysmsapi.aliyuncs.com', baseUrl, ...(options.credentials ?? {}) } },
		});
	}

	/** The requests the node sent to the API, with the action each named. */
	const received = () => sandbox.server.received;
	const actions = () => received().map((request) => String(request.headers['x-acs-action']));
	/** Query and form body of a request, as Aliyun reads its parameters. */
	const paramsOf = (request: RecordedRequest): Record<string, string> => ({ ...request.query, ...((request.body as Record<string, string> | undefined) ?? {}) });

	return { sandbox, run, received, actions, paramsOf, baseUrl: () => baseUrl };
}

export const locator = (value: string) => ({ __rl: true, mode: 'id', value });
