import { env, onExit, print } from '../support/node';
import { UpyunSandbox, upyunTestToken } from './upyun';

/**
 * Starts every provider sandbox on fixed local ports, for trying the nodes in a real n8n.
 * Ports: SANDBOX_PORT_BASE (default 18000) + 1 for UPYUN.
 */
async function main(): Promise<void> {
	const base = Number(env.SANDBOX_PORT_BASE ?? 18000);
	const sandboxes = [{ name: 'UPYUN SMS', sandbox: new UpyunSandbox(), port: base + 1, secret: `token ${upyunTestToken}` }];
	for (const entry of sandboxes) {
		const url = await entry.sandbox.start(entry.port);
		print(`${entry.name} sandbox: ${url} (${entry.secret})`);
	}
	onExit(() => {
		void Promise.all(sandboxes.map((entry) => entry.sandbox.stop())).then(() => print('Sandboxes stopped'));
	});
}

void main();
