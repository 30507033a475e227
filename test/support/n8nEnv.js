'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// n8n-core reads and writes its settings under N8N_USER_FOLDER when first imported: keep that out of HOME.
if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'china-sms-n8n-'));
}
process.env.N8N_ENCRYPTION_KEY = process.env.N8N_ENCRYPTION_KEY || 'china-sms-test-encryption-key';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
