import { ensureEngine1 } from './lib/install';

/**
 * First half of `npm run test:engine1`: installs (or verifies) the pinned n8n 1.x engine in the cache; jest then
 * runs the unit suite with jest.engine1.config.js, which maps `n8n-core` and `n8n-workflow` to it.
 */
void ensureEngine1();
