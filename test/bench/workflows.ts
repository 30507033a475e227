import type { IConnections, IDataObject, INode, INodeType } from 'n8n-workflow';

import { cases } from './cases';
import { echoNodeType } from './echoNode';
import { benchNode, BenchNodeTypes, runBenchWorkflow, type BenchRun } from './engine';
import { loadBaseNode } from './n8nBase';
import { probeFindings, probeNodeType } from './probeNode';
import type { Provider, SandboxUrls } from './protocol';
import { rawLoop } from './rawLoop';

/** Runs one case on these input items; what it sent is read from the sandbox afterwards. */
export type CaseRunner = (input: IDataObject[]) => Promise<BenchRun & { notes?: string[] }>;

const PACKAGE = 'n8n-nodes-china-sms';
const byId = (id: number) => ({ __rl: true, mode: 'id', value: String(id) });

/** Our bulk paths: node parameters as a user sets them (defaults otherwise), one number per item. */
const ourNodes: Record<string, { provider: Provider; parameters: IDataObject }> = {
	upyunSend: {
		provider: 'upyun',
		parameters: { resource: 'message', operation: 'send', mobiles: '={{ $json.mobile }}', templateId: byId(7), options: {} },
	},
	upyunSendBulk: {
		provider: 'upyun',
		parameters: { resource: 'message', operation: 'sendBulk', mobiles: '={{ $json.mobile }}', templateId: byId(7), options: {} },
	},
	jpushSendBatch: {
		provider: 'jpush',
		parameters: {
			resource: 'message',
			operation: 'sendBatch',
			mobiles: '={{ $json.mobile }}',
			templateId: byId(1002),
			variablesInput: 'fields',
			variables: { values: [{ name: 'number', value: '={{ $json.order }}' }] },
			options: {},
		},
	},
	yunpianSendBatch: {
		provider: 'yunpian',
		parameters: { resource: 'sms', operation: 'sendBatch', mobiles: '={{ $json.mobile }}', text: '【ACME】Your parcel has arrived', options: {} },
	},
	upyunSendSingle: {
		provider: 'upyun',
		parameters: { resource: 'message', operation: 'send', mobiles: '={{ $json.mobile }}', templateId: byId(7), options: { batchSize: 1 } },
	},
};

function credentialsFor(provider: Provider, urls: SandboxUrls) {
	const entry = urls.providers[provider];
	return { [entry.credentialType]: entry.credentials };
}

/** The token the UPYUN sandbox accepts (the HTTP Request node and the raw loop send it as a header). */
const upyunToken = (urls: SandboxUrls) => urls.providers.upyun.credentials.token;

function ourNode(id: string, urls: SandboxUrls): CaseRunner {
	const { provider, parameters } = ourNodes[id];
	const entry = urls.providers[provider];
	const nodeTypes = new BenchNodeTypes();
	const node = benchNode('Send', `${PACKAGE}.${entry.nodeType}`, 1, parameters, entry.credentialType);
	return async (input) => await runBenchWorkflow({ nodes: [node], input, credentials: credentialsFor(provider, urls), nodeTypes });
}

/** (d): a test-only node with the (a) node's description, evaluating the same parameters per item, sending nothing. */
function echo(id: string, urls: SandboxUrls): CaseRunner {
	const mirrored = cases[id].mirrors!;
	const { provider, parameters } = ourNodes[mirrored];
	const nodeTypes = new BenchNodeTypes();
	const real = nodeTypes.getByNameAndVersion(`${PACKAGE}.${urls.providers[provider].nodeType}`) as INodeType;
	nodeTypes.add('bench.echo', echoNodeType(real, 'echo'));
	const node = benchNode('Echo', 'bench.echo', 1, parameters);
	return async (input) => await runBenchWorkflow({ nodes: [node], input, credentials: credentialsFor(provider, urls), nodeTypes });
}

function setNode(): CaseRunner {
	const setType = loadBaseNode('Set/Set.node.js', 'Set');
	const nodeTypes = new BenchNodeTypes().add('n8n-nodes-base.set', setType);
	const node = benchNode('Set', 'n8n-nodes-base.set', 3.4, {
		mode: 'manual',
		assignments: { assignments: [{ id: 'mobile', name: 'mobile', value: '={{ $json.mobile }}', type: 'string' }] },
		includeOtherFields: false,
		options: {},
	});
	return async (input) => await runBenchWorkflow({ nodes: [node], input, credentials: {}, nodeTypes });
}

/** The request of one UPYUN single send, as a user would write it in the HTTP Request node. */
function httpRequestParameters(urls: SandboxUrls, options: IDataObject): IDataObject {
	return {
		method: 'POST',
		url: `${urls.upyun}/api/messages`,
		sendHeaders: true,
		headerParameters: { parameters: [{ name: 'Authorization', value: upyunToken(urls) }] },
		sendBody: true,
		contentType: 'json',
		specifyBody: 'keypair',
		bodyParameters: {
			parameters: [
				{ name: 'template_id', value: '7' },
				{ name: 'mobile', value: '={{ $json.mobile }}' },
			],
		},
		options,
	};
}

function httpRequest(id: string, urls: SandboxUrls): CaseRunner {
	const httpType = loadBaseNode('HttpRequest/HttpRequest.node.js', 'HttpRequest');
	const version = (httpType.description as { defaultVersion?: number }).defaultVersion ?? 4.2;
	const nodeTypes = new BenchNodeTypes().add('n8n-nodes-base.httpRequest', httpType);
	const note = `HTTP Request typeVersion ${version} (n8n-nodes-base's default)`;
	if (id === 'httpLoop') {
		nodeTypes.add('n8n-nodes-base.splitInBatches', loadBaseNode('SplitInBatches/SplitInBatches.node.js', 'SplitInBatches'));
		const nodes: INode[] = [
			benchNode('Loop Over Items', 'n8n-nodes-base.splitInBatches', 3, { batchSize: 1, options: {} }),
			benchNode('HTTP Request', 'n8n-nodes-base.httpRequest', version, httpRequestParameters(urls, {})),
		];
		const connections: IConnections = {
			'Loop Over Items': { main: [[], [{ node: 'HTTP Request', type: 'main', index: 0 }]] },
			'HTTP Request': { main: [[{ node: 'Loop Over Items', type: 'main', index: 0 }]] },
		};
		return async (input) => ({
			...(await runBenchWorkflow({ nodes, connections, input, credentials: {}, nodeTypes, resultNode: 'HTTP Request' })),
			notes: [note],
		});
	}
	const options = id === 'httpBatching' ? { batching: { batch: { batchSize: 1, batchInterval: 1 } } } : {};
	const node = benchNode('HTTP Request', 'n8n-nodes-base.httpRequest', version, httpRequestParameters(urls, options));
	return async (input) => ({ ...(await runBenchWorkflow({ nodes: [node], input, credentials: {}, nodeTypes })), notes: [note] });
}

function raw(urls: SandboxUrls): CaseRunner {
	return async (input) => {
		const sent = await rawLoop(`${urls.upyun}/api/messages`, upyunToken(urls), input.map((item) => String(item.mobile)));
		return { items: sent.accepted, runs: 1, ...(sent.error ? { error: sent.error } : {}) };
	};
}

function probe(urls: SandboxUrls): CaseRunner {
	const nodeTypes = new BenchNodeTypes().add('bench.probe', probeNodeType(urls));
	const node = benchNode('Probe', 'bench.probe', 1, {}, urls.providers.upyun.credentialType);
	return async (input) => {
		probeFindings.length = 0;
		const run = await runBenchWorkflow({ nodes: [node], input, credentials: credentialsFor('upyun', urls), nodeTypes });
		return { ...run, notes: [...probeFindings] };
	};
}

/** Builds the runner of a case (loading every module it needs, so the timed run loads nothing). */
export function caseRunner(id: string, urls: SandboxUrls): CaseRunner {
	const info = cases[id];
	if (!info) throw new Error(`no bench case "${id}"`);
	if (info.group === 'a' || info.group === 'single') return ourNode(id, urls);
	if (id === 'set') return setNode();
	if (info.group === 'd') return echo(id, urls);
	if (info.group === 'b') return httpRequest(id, urls);
	if (info.group === 'c') return raw(urls);
	return probe(urls);
}
