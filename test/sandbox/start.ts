import { env, onExit, print } from '../support/node';
import { sandboxProviders } from './providers';

/** Starts every provider sandbox on fixed local ports: SANDBOX_PORT_BASE (default 18000) + the provider's offset. */
async function main(): Promise<void> {
	const base = Number(env.SANDBOX_PORT_BASE ?? 18000);
	const running = sandboxProviders.map((provider) => ({ provider, sandbox: provider.create() }));
	for (const { provider, sandbox } of running) {
		const url = await sandbox.start(base + provider.portOffset);
		print(`${provider.displayName} sandbox: ${url}  credential: ${JSON.stringify(provider.credentials(url))}`);
	}
	onExit(() => {
		void Promise.all(running.map(({ sandbox }) => sandbox.stop())).then(() => print('Sandboxes stopped'));
	});
}

void main();
