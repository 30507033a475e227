import { http } from '../../support/node';
import { tc3Sign } from '../../../nodes/TencentSms/transport/signing';
import { tencentTestCredentials } from './tencentSandbox';

export interface RawCall {
	action: string;
	body?: unknown;
	/** Sent as is instead of JSON.stringify(body). */
	rawBody?: string;
	secretId?: string;
	secretKey?: string;
	/** Unix seconds of X-TC-Timestamp. */
	timestamp?: number;
	region?: string | null;
	version?: string | null;
	contentType?: string;
	/** Override or drop (null) any header after signing. */
	headers?: Record<string, string | null>;
	/** Sign this host instead of the one sent (e.g. without the port, as Tencent's Node SDK does). */
	signHost?: string;
	method?: string;
	path?: string;
}

/** A signed call to the sandbox without n8n, for the sandbox's own tests. */
export async function callTencent(baseUrl: string, call: RawCall): Promise<{ status: number; json: { Response: Record<string, unknown> } }> {
	const url = new URL(call.path ?? '/', baseUrl);
	const payload = call.rawBody ?? JSON.stringify(call.body ?? {});
	const contentType = call.contentType ?? 'application/json; charset=utf-8';
	const timestamp = call.timestamp ?? Math.floor(Date.now() / 1000);
	const signed = tc3Sign({
		secretId: call.secretId ?? tencentTestCredentials.secretId,
		secretKey: call.secretKey ?? tencentTestCredentials.secretKey,
		service: 'sms',
		host: call.signHost ?? url.host,
		timestamp,
		payload,
		contentType,
	});
	const headers: Record<string, string | null> = {
		'content-type': contentType,
		authorization: signed.authorization,
		'x-tc-action': call.action,
		'x-tc-timestamp': String(timestamp),
		'x-tc-version': call.version === undefined ? '2021-01-11' : call.version,
		'x-tc-region': call.region === undefined ? 'ap-guangzhou' : call.region,
		...(call.headers ?? {}),
	};
	const sent = Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null));
	return await new Promise((resolve, reject) => {
		const request = http.request(url, { method: call.method ?? 'POST', headers: sent }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Response: Record<string, unknown> } }));
		});
		request.on('error', reject);
		request.end(call.method === 'GET' ? undefined : payload);
	});
}
