import { ensureInstalled } from './lib/install';

/** `npm run setup`: installs (or verifies) the pinned Node 24 and n8n in the cache folder. */
void ensureInstalled();
