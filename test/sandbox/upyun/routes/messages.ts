import type { RecordedRequest, SandboxResponse } from '../../kit/types';
import { apiError, fail, isFailure, type Failure } from '../errors';
import { bodyFields, textField, type Fields } from '../fields';
import { MOBILE_PATTERN, parseSendTime, placeholderNames, renderBody } from '../state';
import { SELF_OWNER, type SandboxTemplate } from '../types';
import type { UpyunSandbox } from '../upyunSandbox';
import { checkSignature } from './templates';

/** `report_code` of a per-mobile ILLEGAL_MOBILE entry (SKIT sample). */
const REPORT_CODE_ILLEGAL_MOBILE = '1004011';
/** `report_code` of a per-mobile MOBILE_LIMIT entry (10-a-day cap). Invented: the real one is unknown. */
const REPORT_CODE_DAILY_LIMIT = '1004012';
/** Largest number of columns in an upload: mobile + 4 variables (seed §1.6 console format). */
const FILE_MAX_COLUMNS = 5;

/** One recipient after validation: the mobile, its variable values and an optional own signature. */
interface Recipient {
	mobile: string;
	values: string[];
	sign?: string;
}

function placeholderCount(template: SandboxTemplate): number {
	return placeholderNames(template.content).length;
}

/** `vars` ("a|b") checked against the template's placeholders. */
function readVars(fields: Fields, template: SandboxTemplate): string[] | Failure {
	const vars = textField(fields, 'vars');
	if (isFailure(vars)) return vars;
	const values = vars === undefined ? [] : vars.split('|');
	const expected = placeholderCount(template);
	if (values.length !== expected) {
		return fail('ILLEGAL_PARAMER', `vars has ${values.length} values; template ${template.id} has ${expected} variables`);
	}
	return values;
}

/** Checks `template_id` (present, integer, known, own, approved). */
function readTemplate(sb: UpyunSandbox, fields: Fields): SandboxTemplate | Failure {
	const rawId = textField(fields, 'template_id');
	if (rawId === undefined) return fail('MISSING_PARAMETER', 'template_id is required');
	if (isFailure(rawId)) return fail('ILLEGAL_TEMPLATE_ID', 'template_id must be an integer');
	return sb.sendableTemplate(rawId);
}

/** Optional `extend_code`: digits only (sandbox choice). */
function checkExtendCode(fields: Fields): Failure | undefined {
	const code = textField(fields, 'extend_code');
	if (isFailure(code)) return code;
	if (code !== undefined && !/^\d+$/.test(code)) return fail('ILLEGAL_PARAMER', `extend_code "${code}" is not digits`);
	return undefined;
}

/** Optional `time` (`yyyy-MM-dd HH:mm:ss`, Beijing time): the instant in ms, or undefined when absent. */
function readTime(fields: Fields): number | undefined | Failure {
	const time = textField(fields, 'time');
	if (isFailure(time)) return time;
	if (time === undefined) return undefined;
	const at = parseSendTime(time);
	return at === undefined ? fail('ILLEGAL_PARAMER', `time "${time}" is not yyyy-MM-dd HH:mm:ss`) : at;
}

/** 409 INSUFFICIENT_FUNDS when the recipients cost more than the template's bucket holds. */
function checkFunds(sb: UpyunSandbox, template: SandboxTemplate, recipients: Recipient[]): Failure | undefined {
	const cost = recipients.reduce(
		(sum, one) => sum + sb.segmentsFor(template, renderBody(template.content, one.values), one.sign),
		0,
	);
	const left = sb.balance[template.type];
	return cost > left ? fail('INSUFFICIENT_FUNDS', `needs ${cost} ${template.type} messages; ${left} left`) : undefined;
}

// ---- 6. POST /api/messages ----

function send(sb: UpyunSandbox, fields: Fields | undefined): SandboxResponse {
	if (!fields) return apiError('MISSING_PARAMETER', 'mobile and template_id are required');
	const mobileText = textField(fields, 'mobile');
	if (mobileText === undefined || textField(fields, 'template_id') === undefined) {
		return apiError('MISSING_PARAMETER', 'mobile and template_id are required');
	}
	if (isFailure(mobileText)) return mobileText.failure;
	const template = readTemplate(sb, fields);
	if (isFailure(template)) return template.failure;
	// Mobiles are split on commas and NOT trimmed: " 13800000000" is an ILLEGAL_MOBILE entry.
	const mobiles = mobileText.split(',');
	if (mobiles.length > sb.mobileLimit) return apiError('MOBILE_LIMIT', `${mobiles.length} mobiles; at most ${sb.mobileLimit}`);
	const values = readVars(fields, template);
	if (isFailure(values)) return values.failure;
	const extend = checkExtendCode(fields);
	if (extend) return extend.failure;
	const valid = mobiles.filter((mobile) => MOBILE_PATTERN.test(mobile)).map((mobile) => ({ mobile, values }));
	const funds = checkFunds(sb, template, valid);
	if (funds) return funds.failure;

	const body = renderBody(template.content, values);
	const legacy = sb.sendResponseShape === 'legacy';
	const entries = mobiles.map((mobile) => {
		if (!MOBILE_PATTERN.test(mobile)) {
			return legacy
				? { error_code: 'ILLEGAL_MOBILE', mobile }
				: { report_code: REPORT_CODE_ILLEGAL_MOBILE, error_code: 'ILLEGAL_MOBILE', mobile };
		}
		const row = sb.accept(template, mobile, body, { source: 'send' });
		if (!row) {
			// The 11th industry message to one mobile in a (Beijing) day. The real code is unknown.
			return legacy
				? { error_code: 'MOBILE_LIMIT', mobile }
				: { report_code: REPORT_CODE_DAILY_LIMIT, error_code: 'MOBILE_LIMIT', mobile };
		}
		return legacy
			? { message_id: Number(row.id), mobile }
			: { report_code: '0', msg_id: sb.emitId(row.id), mobile };
	});
	return sb.json(200, legacy ? { message_ids: entries } : { code: 0, message_ids: entries });
}

// ---- 8. POST /api/messages/async ----

/** Shape B: `mobile: [{ phone, variables[], sign? }]`. */
function readPersonalized(sb: UpyunSandbox, template: SandboxTemplate, list: unknown[]): Recipient[] | Failure {
	const expected = placeholderCount(template);
	const ownSigns = new Set(
		[...sb.templates.values()].filter((one) => one.ownerId === SELF_OWNER.id).map((one) => one.temp_sign),
	);
	const recipients: Recipient[] = [];
	for (const [index, entry] of list.entries()) {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			return fail('ILLEGAL_PARAMER', `mobile[${index}] must be an object { phone, variables, sign }`);
		}
		const item = entry as Fields;
		const phone = textField(item, 'phone');
		if (phone === undefined) return fail('MISSING_PARAMETER', `mobile[${index}].phone is required`);
		if (isFailure(phone)) return phone;
		const variables = item.variables ?? [];
		if (!Array.isArray(variables) || variables.some((value) => typeof value !== 'string' && typeof value !== 'number')) {
			return fail('ILLEGAL_PARAMER', `mobile[${index}].variables must be an array of strings`);
		}
		if (variables.length !== expected) {
			return fail('ILLEGAL_PARAMER', `mobile[${index}].variables has ${variables.length} values; template ${template.id} has ${expected} variables`);
		}
		const sign = textField(item, 'sign');
		if (isFailure(sign)) return sign;
		if (sign !== undefined) {
			const problem = checkSignature(sign, template.type);
			if (problem) return problem;
			// A signature the account does not use in any of its own templates is "not owned".
			if (!ownSigns.has(sign)) return fail('REQUIRE_SIGNATURE_OWNER', `mobile[${index}].sign "${sign}" is not one of your signatures`);
		}
		recipients.push({ mobile: phone, values: variables.map(String), sign });
	}
	return recipients;
}

function sendAsync(sb: UpyunSandbox, fields: Fields | undefined): SandboxResponse {
	if (!fields) return apiError('MISSING_PARAMETER', 'mobile and template_id are required');
	const mobile = fields.mobile;
	const noMobile = mobile === undefined || mobile === null || mobile === '' || (Array.isArray(mobile) && mobile.length === 0);
	if (noMobile || textField(fields, 'template_id') === undefined) {
		return apiError('MISSING_PARAMETER', 'mobile and template_id are required');
	}
	const template = readTemplate(sb, fields);
	if (isFailure(template)) return template.failure;
	const time = readTime(fields);
	if (isFailure(time)) return time.failure;
	const extend = checkExtendCode(fields);
	if (extend) return extend.failure;

	let recipients: Recipient[];
	if (Array.isArray(mobile)) {
		if (mobile.length > sb.asyncMobileLimit) return apiError('MOBILE_LIMIT', `${mobile.length} recipients; at most ${sb.asyncMobileLimit}`);
		const read = readPersonalized(sb, template, mobile);
		if (isFailure(read)) return read.failure;
		recipients = read;
	} else {
		const text = textField(fields, 'mobile');
		if (isFailure(text) || text === undefined) return apiError('ILLEGAL_PARAMER', 'mobile must be a comma-separated string or an array of { phone, variables }');
		const mobiles = text.split(',');
		if (mobiles.length > sb.asyncMobileLimit) return apiError('MOBILE_LIMIT', `${mobiles.length} mobiles; at most ${sb.asyncMobileLimit}`);
		const values = readVars(fields, template);
		if (isFailure(values)) return values.failure;
		recipients = mobiles.map((one) => ({ mobile: one, values }));
	}
	// No per-mobile answer here: invalid numbers are dropped silently, like over-cap ones.
	const valid = recipients.filter((one) => MOBILE_PATTERN.test(one.mobile));
	const funds = checkFunds(sb, template, valid);
	if (funds) return funds.failure;
	const taskId = sb.newTaskId();
	for (const one of valid) {
		sb.accept(template, one.mobile, renderBody(template.content, one.values), {
			sign: one.sign,
			source: 'async',
			taskId,
			visibleFrom: time,
		});
	}
	return sb.json(200, { code: 0, message: 'OK', id: taskId });
}

// ---- 7. POST /api/messages/file ----

/** One CSV line into cells; double quotes group a cell and `""` is a quote. Cells are trimmed. */
function csvCells(line: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (quoted) {
			if (char === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				cell += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			cells.push(cell.trim());
			cell = '';
		} else {
			cell += char;
		}
	}
	cells.push(cell.trim());
	return cells;
}

function sendFile(sb: UpyunSandbox, request: RecordedRequest): SandboxResponse {
	const file = request.files.find((one) => one.fieldName === 'file');
	if (!request.contentType.toLowerCase().includes('multipart/form-data') || !file) {
		return apiError('INVALID_FILE', 'send multipart/form-data with a file part named "file"');
	}
	if (file.content.length === 0) return apiError('INVALID_FILE', 'the file is empty');
	const csvLike = /\.(csv|txt)$/i.test(file.fileName) || /csv/i.test(file.contentType);
	if (!csvLike) return apiError('INVALID_FILE', `"${file.fileName}" (${file.contentType}) is not a .csv or .txt file`);
	const text = file.content.toString('utf8');
	if (text.includes('\uFFFD')) return apiError('INVALID_FILE', 'the file is not UTF-8');
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const rows = lines.map((line, index) => ({ number: index + 1, cells: csvCells(line) })).filter((row) => row.cells.join('') !== '');
	if (rows.length === 0) return apiError('INVALID_FILE', 'the file has no rows');

	const fields = bodyFields(request) ?? {};
	if (textField(fields, 'template_id') === undefined) return apiError('MISSING_PARAMETER', 'template_id is required');
	const template = readTemplate(sb, fields);
	if (isFailure(template)) return template.failure;
	const time = readTime(fields);
	if (isFailure(time)) return time.failure;

	const expected = placeholderCount(template);
	const recipients: Recipient[] = [];
	for (const row of rows) {
		if (row.cells.length > FILE_MAX_COLUMNS) {
			return apiError('INVALID_FILE', `line ${row.number} has ${row.cells.length} columns; at most ${FILE_MAX_COLUMNS}`);
		}
		const values = row.cells.slice(1);
		while (values.length > 0 && values[values.length - 1] === '') values.pop();
		if (values.length !== expected) {
			return apiError('ILLEGAL_PARAMER', `line ${row.number} has ${values.length} variables; template ${template.id} has ${expected}`);
		}
		// Rows whose first cell is not a mobile (a header, a typo) are skipped silently.
		if (MOBILE_PATTERN.test(row.cells[0])) recipients.push({ mobile: row.cells[0], values });
	}
	const funds = checkFunds(sb, template, recipients);
	if (funds) return funds.failure;
	for (const one of recipients) {
		sb.accept(template, one.mobile, renderBody(template.content, one.values), { source: 'file', visibleFrom: time });
	}
	return sb.json(200, { code: 0, message: 'OK' });
}

export function registerMessageRoutes(sb: UpyunSandbox): void {
	sb.apiRoute('POST', '/api/messages', (request) => send(sb, bodyFields(request)));
	sb.apiRoute('POST', '/api/messages/async', (request) => sendAsync(sb, bodyFields(request)));
	sb.apiRoute('POST', '/api/messages/file', (request) => sendFile(sb, request));
}
