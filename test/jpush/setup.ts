import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, ResourceMapperFields } from 'n8n-workflow';

import { capturedLogs } from '../harness/logCapture';
import { runResourceMapping, runWorkflow, type RunResult } from '../harness/runWorkflow';
import { basicHeader, JPushSandbox, jpushTestCredentials } from '../sandbox/jpush';

export const NODE_TYPE = 'n8n-nodes-china-sms.jPushSms';
export const CREDENTIAL_TYPE = 'jPushSmsApi';
export const { appKey, masterSecret, devKey, devSecret } = jpushTestCredentials;
/** The Authorization header the sandbox expects for the app pair, and for the developer pair. */
export const appAuth = basicHeader(appKey, masterSecret);
export const devAuth = basicHeader(devKey, devSecret);

/** One JPush sandbox per test file, reset before each test; `run` drives the node through the engine. */
export function useJPush() {
	const sandbox = new JPushSandbox();
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	const credentials = (overrides: ICredentialDataDecryptedObject = {}): Record<string, ICredentialDataDecryptedObject> => ({
		[CREDENTIAL_TYPE]: { appKey, masterSecret, devKey, devSecret, baseUrl, ...overrides },
	});

	async function run(
		parameters: IDataObject,
		options: {
			input?: Array<IDataObject | INodeExecutionData>;
			continueOnFail?: boolean;
			credentials?: ICredentialDataDecryptedObject;
			/** The node version the saved workflow has; 1 unless told (the tests written before version 1.1). */
			typeVersion?: number;
		} = {},
	): Promise<RunResult> {
		return await runWorkflow({
			node: { type: NODE_TYPE, credentialType: CREDENTIAL_TYPE, parameters, continueOnFail: options.continueOnFail, typeVersion: options.typeVersion },
			input: options.input,
			credentials: credentials(options.credentials),
		});
	}

	/** The Template Variables fields as the editor loads them (the resource mapper), for the node's parameters. */
	async function resourceMapping(parameters: IDataObject, typeVersion = 1.1): Promise<ResourceMapperFields> {
		return await runResourceMapping({ type: NODE_TYPE, credentialType: CREDENTIAL_TYPE, parameters, typeVersion }, 'getTemplateVariables', credentials());
	}

	/** Requests the node sent to JPush's API. */
	const received = () => sandbox.server.received;

	return { sandbox, run, resourceMapping, received, credentials };
}

export const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

export const vars = (values: Record<string, string>) => ({
	values: Object.entries(values).map(([name, value]) => ({ name, value })),
});

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

/** No secret of the credential, nor the Basic header values, anywhere in the result or the log. */
export function expectNoSecrets(result: RunResult): void {
	const text = everything(result);
	for (const secret of [masterSecret, devSecret, appAuth, devAuth, appAuth.slice(6), devAuth.slice(6)]) {
		expect(text).not.toContain(secret);
	}
}

export const jsonOf = (result: RunResult) => result.items.map((item) => item.json);
