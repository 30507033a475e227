import { ErrorReporter } from 'n8n-core';
import { LoggerProxy, type Logger } from 'n8n-workflow';

import { n8nContainer, path, requireFrom } from '../support/node';

/**
 * n8n's log, dropped: the harness keeps every entry in memory for tests to read, which a 100 000-item
 * run would count against the node's memory. Imported after the harness, so it replaces that logger.
 */
const ignore = () => undefined;
const quietLogger = { error: ignore, warn: ignore, info: ignore, debug: ignore, scoped: () => quietLogger } as unknown as Logger;

LoggerProxy.init(quietLogger);
(n8nContainer().get(ErrorReporter) as unknown as { logger: Logger }).logger = quietLogger;
const { Logger: ServerLogger } = requireFrom(path.dirname(require.resolve('n8n-core')), '@n8n/backend-common') as { Logger: abstract new () => unknown };
(n8nContainer() as unknown as { set(type: unknown, instance: unknown): void }).set(ServerLogger, quietLogger);
