import { http } from '../support/node';

/**
 * The floor of request cost (c): the same request as one UPYUN single send (POST /api/messages,
 * JSON, Authorization header), one at a time over one keep-alive connection, with plain Node http.
 */
export async function rawLoop(url: string, token: string, mobiles: string[]): Promise<{ accepted: number; error?: string }> {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	let accepted = 0;
	try {
		for (const mobile of mobiles) {
			const body = JSON.stringify({ template_id: 7, mobile });
			const answer = await new Promise<string>((resolve, reject) => {
				const request = http.request(
					url,
					{
						method: 'POST',
						agent,
						headers: {
							authorization: token,
							accept: 'application/json',
							'content-type': 'application/json',
							'content-length': String(Buffer.byteLength(body)),
						},
					},
					(response) => {
						const chunks: Buffer[] = [];
						response.on('data', (chunk: Buffer) => chunks.push(chunk));
						response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
						response.on('error', reject);
					},
				);
				request.on('error', reject);
				request.end(body);
			});
			const parsed = JSON.parse(answer) as { code?: number };
			if (parsed.code === 0) accepted++;
		}
		return { accepted };
	} catch (error) {
		return { accepted, error: (error as Error).message };
	} finally {
		agent.destroy();
	}
}
