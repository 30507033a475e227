'use strict';
// `npm run build` brackets its steps with this: `start` notes the time the build began and removes the
// last stamp; `done` (after every step succeeded) turns that note into the stamp,
// node_modules/.cache/n8n-nodes-china-sms/build-stamp (outside dist/, which is published). Its mtime is
// the start of the build, so a source saved while the build ran still counts as newer (scripts/lib/build.ts).
// The note is named after the `sh -c` that runs the build's steps (the parent of both calls), so builds
// running at the same time do not take each other's.
const fs = require('node:fs');
const path = require('node:path');

const folder = path.join(__dirname, '..', 'node_modules', '.cache', 'n8n-nodes-china-sms');
const started = path.join(folder, `build-started-${process.ppid}`);
const stamp = path.join(folder, 'build-stamp');

if (process.argv[2] === 'start') {
	fs.mkdirSync(folder, { recursive: true });
	fs.rmSync(stamp, { force: true });
	fs.writeFileSync(started, `${new Date().toISOString()}\n`);
} else if (process.argv[2] === 'done') {
	// Missing when node_modules was reinstalled during the build: then no stamp, and the next npm start builds again.
	if (fs.existsSync(started)) fs.renameSync(started, stamp);
} else {
	console.error('usage: node scripts/build-stamp.js start|done');
	process.exit(2);
}
