import type { Provider } from './protocol';

/**
 * a: our bulk paths; single: one request per number through our node; b: n8n's HTTP Request node,
 * one request per item; c: raw keep-alive loop; d: the engine alone, nothing sent; probe: connection reuse.
 */
export type Group = 'a' | 'single' | 'b' | 'c' | 'd' | 'probe';

export interface CaseInfo {
	group: Group;
	label: string;
	/** The sandbox its requests go to (whose counters are read). */
	provider: Provider;
	/** For (d): the (a) case whose parameters it evaluates. */
	mirrors?: string;
}

export const cases: Record<string, CaseInfo> = {
	upyunSend: { group: 'a', label: 'UPYUN Message → Send (Batch Size 100, its default)', provider: 'upyun' },
	upyunSendBulk: { group: 'a', label: 'UPYUN Message → Send Bulk (Batch Size 1000, its default)', provider: 'upyun' },
	jpushSendBatch: { group: 'a', label: 'JPush Message → Send Batch (1000 per request)', provider: 'jpush' },
	yunpianSendBatch: { group: 'a', label: 'Yunpian SMS → Send Batch (1000 per request)', provider: 'yunpian' },
	upyunSendSingle: { group: 'single', label: 'UPYUN Message → Send, Batch Size 1 (one request per number)', provider: 'upyun' },
	httpDefaults: { group: 'b', label: 'HTTP Request node, defaults (every request at once)', provider: 'upyun' },
	httpBatching: { group: 'b', label: 'HTTP Request node, Batching: 1 item per batch, 1 ms interval', provider: 'upyun' },
	httpLoop: { group: 'b', label: 'Loop Over Items (1 per batch) → HTTP Request (one at a time)', provider: 'upyun' },
	raw: { group: 'c', label: 'raw Node http, keep-alive, one request at a time', provider: 'upyun' },
	'echo:upyunSend': { group: 'd', label: 'engine only: UPYUN Send parameters, nothing sent', provider: 'upyun', mirrors: 'upyunSend' },
	'echo:upyunSendBulk': { group: 'd', label: 'engine only: UPYUN Send Bulk parameters, nothing sent', provider: 'upyun', mirrors: 'upyunSendBulk' },
	'echo:jpushSendBatch': { group: 'd', label: 'engine only: JPush Send Batch parameters, nothing sent', provider: 'jpush', mirrors: 'jpushSendBatch' },
	'echo:yunpianSendBatch': { group: 'd', label: 'engine only: Yunpian Send Batch parameters, nothing sent', provider: 'yunpian', mirrors: 'yunpianSendBatch' },
	set: { group: 'd', label: "engine only: n8n's Set node, mobile = {{ $json.mobile }}", provider: 'upyun' },
	probe: { group: 'probe', label: 'connection reuse through httpRequestWithAuthentication', provider: 'upyun' },
};

/** The (a) cases, in table order. */
export const bulkCases = Object.keys(cases).filter((id) => cases[id].group === 'a');

/** Input item `index` of a run: one mainland number (11 digits, `prefix` + 9) and an order reference. */
export function inputItem(index: number, prefix: string): { mobile: string; order: string } {
	return { mobile: `${prefix}${String(index).padStart(9, '0')}`, order: `SO-${index}` };
}
