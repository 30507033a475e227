import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runWorkflow, type RunResult } from '../harness/runWorkflow';
import { TencentSandbox, tencentTestCredentials } from '../sandbox/tencent';
import type { RecordedRequest } from '../sandbox/kit/types';

/** One Tencent sandbox per test file, reset before each test; `run` drives the node through n8n's engine. */
export function useTencent() {
	const sandbox = new TencentSandbox();
	beforeAll(async () => {
		await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	const credentials = (extra: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject => ({
		...tencentTestCredentials,
		region: 'ap-guangzhou',
		baseUrl: sandbox.baseUrl,
		...extra,
	});

	async function run(
		parameters: IDataObject,
		options: { input?: Array<IDataObject | INodeExecutionData>; continueOnFail?: boolean; credentials?: ICredentialDataDecryptedObject } = {},
	): Promise<RunResult> {
		return await runWorkflow({
			node: { type: 'n8n-nodes-china-sms.tencentSms', credentialType: 'tencentCloudApi', parameters, continueOnFail: options.continueOnFail },
			input: options.input,
			credentials: { tencentCloudApi: credentials(options.credentials) },
		});
	}

	/** API requests the node sent (the sandbox verified each signature before answering). */
	const received = (): RecordedRequest[] => sandbox.server.received;
	/** What each request asked for: its X-TC-Action and parsed JSON body. */
	const calls = (): Array<{ action: string; body: IDataObject }> =>
		received().map((request) => ({ action: String(request.headers['x-tc-action']), body: request.body as IDataObject }));

	return { sandbox, run, received, calls, credentials };
}

export const json = (result: RunResult): IDataObject[] => result.items.map((item) => item.json);
