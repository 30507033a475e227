import { ErrorReporter } from 'n8n-core';
import { LoggerProxy, type Logger } from 'n8n-workflow';

import { fs, n8nContainer, path, requireFrom } from '../support/node';

export interface LogEntry {
	level: string;
	message: string;
	meta?: unknown;
}

const entries: LogEntry[] = [];

function record(level: string) {
	return (message: string, meta?: unknown) => {
		entries.push({ level, message, meta });
	};
}

/** n8n's log, kept in memory: tests read it to prove nothing secret is logged, and the console stays quiet. */
export const capturingLogger = {
	error: record('error'),
	warn: record('warn'),
	info: record('info'),
	debug: record('debug'),
	scoped: () => capturingLogger,
} as unknown as Logger;

LoggerProxy.init(capturingLogger);
// n8n-core reports node errors through its ErrorReporter, which logs with the server's logger.
(n8nContainer().get(ErrorReporter) as unknown as { logger: Logger }).logger = capturingLogger;
// Nodes log through `this.logger`, n8n-core's DI Logger (not LoggerProxy): capture that too.
const { Logger: ServerLogger } = requireFrom(path.dirname(require.resolve('n8n-core')), '@n8n/backend-common') as { Logger: abstract new () => unknown };
(n8nContainer() as unknown as { set(type: unknown, instance: unknown): void }).set(ServerLogger, capturingLogger);

/** The n8n-core version the suite runs on (2.x by default, 1.x under jest.engine1.config.js). */
export function engineVersion(): string {
	for (let folder = path.dirname(require.resolve('n8n-core')); folder !== path.dirname(folder); folder = path.dirname(folder)) {
		const file = path.join(folder, 'package.json');
		if (!fs.existsSync(file)) continue;
		const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
		if (manifest.name === 'n8n-core') return manifest.version ?? '';
	}
	return '';
}

/**
 * Whether n8n logs a node's failed run: n8n-core 2.x reports the NodeApiError itself to its ErrorReporter (which
 * logs it); 1.x reports only an error's Error cause, and a NodeApiError built from a provider's answer has none.
 * Tests that prove the log saw an error check this first; the no-secret-in-the-log checks hold on both.
 */
export const n8nLogsNodeErrors = Number(engineVersion().split('.')[0]) >= 2;

export function capturedLogs(): string {
	return entries
		.map((entry) => {
			let meta = '';
			try {
				meta = JSON.stringify(entry.meta, (_key, value: unknown) => (value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value));
			} catch {
				meta = String(entry.meta);
			}
			return `${entry.level} ${entry.message} ${meta}`;
		})
		.join('\n');
}

export function clearLogs(): void {
	entries.length = 0;
}
