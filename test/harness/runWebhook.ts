import { HookContext, WebhookContext } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INodeExecutionData,
	type IWebhookData,
	type WebhookSetupMethodNames,
} from 'n8n-workflow';

import { nodeTypes, nodeUnderTest, testAdditionalData, type NodeUnderTest } from './runWorkflow';

export interface WebhookRequest {
	method: 'GET' | 'POST' | 'PUT' | 'HEAD';
	headers?: Record<string, string>;
	query?: Record<string, string>;
	/** The raw body as the provider sends it. */
	body?: string;
}

export interface WebhookAnswer {
	/** HTTP status the provider receives. */
	status: number;
	body: unknown;
	headers: Record<string, string>;
	/** Items that start the workflow; undefined when the workflow is not started. */
	workflowData?: INodeExecutionData[][];
}

/** The parts of express's request and response that webhook nodes use. */
function expressLike(request: WebhookRequest) {
	const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
	const rawBody = Buffer.from(request.body ?? '', 'utf8');
	const type = headers['content-type'] ?? '';
	let body: unknown = {};
	// As n8n's webhook server parses bodies: JSON and form-urlencoded become objects; the raw bytes stay on rawBody.
	if (rawBody.length && type.includes('json')) {
		try {
			body = JSON.parse(rawBody.toString('utf8'));
		} catch {
			body = {};
		}
	} else if (rawBody.length && type.includes('application/x-www-form-urlencoded')) {
		body = Object.fromEntries(new URLSearchParams(rawBody.toString('utf8')));
	}
	const req = { method: request.method, headers, query: request.query ?? {}, params: {}, body, rawBody };
	const answer: WebhookAnswer = { status: 200, body: undefined, headers: {} };
	let ended = false;
	const res = {
		status(code: number) {
			answer.status = code;
			return res;
		},
		setHeader(name: string, value: string) {
			answer.headers[name.toLowerCase()] = value;
			return res;
		},
		header(name: string, value: string) {
			return res.setHeader(name, value);
		},
		send(payload?: unknown) {
			answer.body = payload;
			ended = true;
			return res;
		},
		json(payload: unknown) {
			answer.headers['content-type'] = 'application/json';
			return res.send(payload);
		},
		end(payload?: unknown) {
			return res.send(payload);
		},
		writeHead(code: number, headers?: Record<string, string>) {
			answer.status = code;
			for (const [name, value] of Object.entries(headers ?? {})) answer.headers[name.toLowerCase()] = value;
			return res;
		},
	};
	return { req, res, answer, ended: () => ended };
}

function webhookData(spec: NodeUnderTest, method: string): IWebhookData {
	return {
		httpMethod: method,
		node: 'Node Under Test',
		path: 'test-path',
		webhookDescription: { name: 'default', httpMethod: method, path: 'test-path' },
		workflowId: 'test',
		workflowExecuteAdditionalData: testAdditionalData({}),
	} as unknown as IWebhookData;
}

/**
 * Delivers one HTTP request to a webhook trigger through n8n-core's WebhookContext, and returns
 * what n8n would answer the provider and whether (and with what) the workflow would start.
 */
export async function runWebhook(
	spec: NodeUnderTest,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	request: WebhookRequest,
	staticData: IDataObject = {},
): Promise<WebhookAnswer> {
	const node = nodeUnderTest(spec);
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: true, settings: {}, staticData });
	const { req, res, answer, ended } = expressLike(request);
	const additionalData = { ...testAdditionalData(credentials), httpRequest: req, httpResponse: res } as unknown as ReturnType<typeof testAdditionalData>;
	const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData(spec, request.method), [], null);
	const nodeType = nodeTypes.getByNameAndVersion(spec.type);
	if (!nodeType.webhook) throw new Error(`${spec.type} has no webhook method`);
	const result = await nodeType.webhook.call(context);
	if (!result.noWebhookResponse && !ended()) {
		// n8n's default answer for a webhook trigger that does not answer itself.
		answer.body = result.webhookResponse ?? { message: 'Workflow was started' };
	}
	answer.workflowData = result.workflowData;
	return answer;
}

/** Runs a webhook trigger's activation hook (`checkExists`, `create` or `delete`), as n8n does on (de)activation. */
export async function runWebhookMethod(
	spec: NodeUnderTest,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	method: WebhookSetupMethodNames,
	staticData: IDataObject = {},
): Promise<boolean | undefined> {
	const node = nodeUnderTest(spec);
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: true, settings: {}, staticData });
	const context = new HookContext(workflow, node, testAdditionalData(credentials), 'trigger', 'activate', webhookData(spec, 'POST'));
	const nodeType = nodeTypes.getByNameAndVersion(spec.type);
	const hook = nodeType.webhookMethods?.default?.[method];
	if (!hook) throw new Error(`${spec.type} has no webhook method ${method}`);
	return await hook.call(context);
}
