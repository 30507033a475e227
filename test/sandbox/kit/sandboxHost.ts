import type { SandboxServer } from './server';

/** What every provider sandbox does with its server: start, stop, and say where it listens. */
export abstract class SandboxHost {
	abstract readonly server: SandboxServer;

	/** Starts listening (port 0 = any free port); returns the base URL, e.g. `http://127.0.0.1:41234`. */
	async start(port?: number): Promise<string> {
		return await this.server.start(port);
	}

	async stop(): Promise<void> {
		await this.server.stop();
	}

	get baseUrl(): string {
		return this.server.baseUrl;
	}
}
