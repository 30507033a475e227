import type { IExecuteFunctions, IHttpRequestOptions, INodeExecutionData, INodeType } from 'n8n-workflow';

import { delay, hrNow, http, path, requireFrom, resolveFrom } from '../support/node';
import { sandboxStats, type SandboxUrls } from './protocol';

/** What the probe found, one line per variant (read by the case runner after the run). */
export const probeFindings: string[] = [];

interface Variant {
	name: string;
	extra: () => Partial<IHttpRequestOptions> & Record<string, unknown>;
}

/** The keep-alive variant last: the sockets it leaves open would blur the counts of a variant after it. */
const variants: Variant[] = [
	{ name: 'as nodes/shared/transport/request.ts sends', extra: () => ({}) },
	{
		name: '+ httpAgent: a keep-alive http.Agent (not in IHttpRequestOptions)',
		extra: () => ({ httpAgent: new http.Agent({ keepAlive: true, maxSockets: 1 }) }),
	},
	{ name: '+ agentOptions: { keepAlive: true } (IHttpRequestOptions)', extra: () => ({ agentOptions: { keepAlive: true } }) },
];

/** n8n-core's own request conversion (the module n8n-core 2.41 sends every helper request through). */
function n8nAxiosConversion(): (options: IHttpRequestOptions) => { httpAgent?: unknown } {
	const index = resolveFrom(path.dirname(require.resolve('n8n-core')), '@n8n/backend-network');
	const requestModule = requireFrom(path.dirname(index), './http/axios/request.js') as {
		convertN8nRequestToAxios: (options: IHttpRequestOptions) => { httpAgent?: unknown };
	};
	return requestModule.convertN8nRequestToAxios;
}

/**
 * Test-only node: sends its input's numbers to the UPYUN sandbox through
 * `this.helpers.httpRequestWithAuthentication` (the only HTTP path a community node may use), once per
 * variant of the request options, one request at a time, and counts the TCP connections the sandbox
 * accepted. A transport that reuses connections opens one; one per request means none is reused.
 */
export function probeNodeType(urls: SandboxUrls): INodeType {
	const credentialType = urls.providers.upyun.credentialType;
	return {
		description: {
			displayName: 'Connection Probe',
			name: 'probe',
			group: ['transform'],
			version: 1,
			description: 'Bench only',
			defaults: { name: 'Probe' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType, required: true }],
			properties: [],
		} as unknown as INodeType['description'],
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const items = this.getInputData();
			const credentials = await this.getCredentials(credentialType);
			for (const variant of variants) {
				const before = (await sandboxStats(urls)).providers.upyun;
				const started = hrNow();
				for (const item of items) {
					const options = {
						method: 'POST',
						baseURL: String(credentials.baseUrl),
						url: '/api/messages',
						headers: { accept: 'application/json', 'content-type': 'application/json' },
						body: JSON.stringify({ template_id: 7, mobile: item.json.mobile }),
						encoding: 'text',
						json: false,
						returnFullResponse: true,
						ignoreHttpStatusErrors: true,
						timeout: 30_000,
						...variant.extra(),
					} as IHttpRequestOptions;
					await this.helpers.httpRequestWithAuthentication.call(this, credentialType, options);
				}
				const ms = (hrNow() - started) / items.length;
				// Closed sockets are counted when their close arrives; keep-alive ones stay open (until the server's 5 s idle timeout).
				await delay(300);
				const after = (await sandboxStats(urls)).providers.upyun;
				probeFindings.push(
					`${variant.name}: ${after.requests - before.requests} requests, ${after.connections - before.connections} TCP connections, ` +
						`${after.openConnections} open 0.3 s after the last answer, ${ms.toFixed(2)} ms per request`,
				);
			}
			const convert = n8nAxiosConversion();
			const one = { method: 'POST', url: `${urls.upyun}/api/messages`, agentOptions: { keepAlive: true } } as IHttpRequestOptions;
			const first = convert({ ...one });
			const second = convert({ ...one });
			probeFindings.push(
				`n8n-core's convertN8nRequestToAxios, called twice with the same options: ${first.httpAgent === second.httpAgent ? 'the same agent' : 'two different http.Agent objects'} ` +
					'(a new agent per request: a socket it keeps alive is never offered to the next request)',
			);
			return [items.map((item, index) => ({ json: { mobile: item.json.mobile }, pairedItem: { item: index } }))];
		},
	};
}
