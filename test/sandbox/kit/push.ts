import { http } from '../../support/node';

export interface Callback {
	method?: 'GET' | 'POST';
	contentType?: string;
	body?: string;
	headers?: Record<string, string>;
}

/** A provider's callback to a webhook URL (delivery report, reply, handshake): what the provider would send. */
export async function pushCallback(url: string, callback: Callback = {}): Promise<{ status: number; body: string }> {
	return await new Promise((resolve, reject) => {
		const request = http.request(
			url,
			{
				method: callback.method ?? 'POST',
				headers: {
					...(callback.body === undefined ? {} : { 'content-type': callback.contentType ?? 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(callback.body)) }),
					...(callback.headers ?? {}),
				},
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
			},
		);
		request.on('error', reject);
		request.end(callback.body);
	});
}
