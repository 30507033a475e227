import { print } from '../test/support/node';
import { build, buildReason } from './lib/build';
import { ensureInstalled } from './lib/install';
import { fail } from './lib/run';

/** Before `npm run test:e2e`: Node 24 and n8n in the cache, and dist/ built unless it is current. */
async function main(): Promise<void> {
	await ensureInstalled();
	const reason = buildReason();
	if (!reason) {
		print('✔ dist/ is current: build skipped');
		return;
	}
	print(`→ Building the package (npm run build: ${reason})`);
	if (!build()) fail('npm run build failed; see the errors above.');
}

void main();
