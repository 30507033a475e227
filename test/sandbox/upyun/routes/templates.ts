import { apiError, fail, isFailure, type Failure } from '../errors';
import { bodyFields, charCount, textField, type Fields } from '../fields';
import { hasUnsubscribeSuffix } from '../state';
import {
	INTL_TYPES,
	REPORT_TYPES,
	SELF_OWNER,
	SIGN_LOCATIONS,
	TEMPLATE_STATUSES,
	TEMPLATE_TYPES,
	type SandboxTemplate,
	type TemplateType,
} from '../types';
import type { UpyunSandbox } from '../upyunSandbox';

/** Templates per (report_type, type) channel (seed §1.3.4). */
const TEMPLATE_LIMIT = 40;
const CREATE_FIELDS = ['title', 'content', 'temp_sign', 'sign_location', 'type', 'report_type'] as const;
/** What PATCH may change (seed §5.3). */
const EDITABLE_FIELDS = ['title', 'content', 'temp_sign', 'sign_location'] as const;

export function checkTitle(title: string): Failure | undefined {
	const length = charCount(title);
	return length >= 12 ? fail('ILLEGAL_TITLE', `title has ${length} characters; it must have fewer than 12`) : undefined;
}

/** 3–8 characters (no length rule for international types), none of - . + # 【 】. */
export function checkSignature(sign: string, type: string): Failure | undefined {
	if (/[-.+#【】]/.test(sign)) return fail('ILLEGAL_SIGNATURE', `temp_sign "${sign}" contains - . + # 【 or 】`);
	const length = charCount(sign);
	if (!INTL_TYPES.includes(type) && (length < 3 || length > 8)) {
		return fail('ILLEGAL_SIGNATURE', `temp_sign has ${length} characters; it must have 3 to 8`);
	}
	return undefined;
}

function checkContentLength(sb: UpyunSandbox, sign: string, content: string): Failure | undefined {
	const total = charCount(sign) + charCount(content) + 2;
	return total > sb.maxContentLength
		? fail('ILLEGAL_CONTENT_LENGTH', `signature + content + 2 = ${total}; at most ${sb.maxContentLength}`)
		: undefined;
}

function checkSignLocation(location: string): Failure | undefined {
	return SIGN_LOCATIONS.includes(location) ? undefined : fail('ILLEGAL_PARAMER', `sign_location "${location}" is not top or bottom`);
}

/** Marketing bodies without 退订回T/TD/N are "rejected by review" at once (sandbox choice). */
function reviewStatus(type: string, content: string): SandboxTemplate['status'] {
	return type === 'marketing' && !hasUnsubscribeSuffix(content) ? 'defeat' : 'review';
}

function readFields(fields: Fields, names: readonly string[]): Record<string, string | undefined> | Failure {
	const values: Record<string, string | undefined> = {};
	for (const name of names) {
		const value = textField(fields, name);
		if (isFailure(value)) return value;
		values[name] = value;
	}
	return values;
}

function create(sb: UpyunSandbox, fields: Fields | undefined) {
	if (!fields) return apiError('MISSING_PARAMETER', `${CREATE_FIELDS.join(', ')} are required`);
	const values = readFields(fields, CREATE_FIELDS);
	if (isFailure(values)) return values.failure;
	const missing = CREATE_FIELDS.filter((name) => values[name] === undefined);
	if (missing.length > 0) return apiError('MISSING_PARAMETER', `${missing.join(', ')} required`);
	const { title, content, temp_sign, sign_location, type, report_type } = values as Record<(typeof CREATE_FIELDS)[number], string>;
	const problem =
		checkTitle(title) ??
		checkSignature(temp_sign, type) ??
		checkContentLength(sb, temp_sign, content) ??
		(REPORT_TYPES.includes(report_type) ? undefined : fail('ILLEGAL_REPORT_TYPE', `report_type "${report_type}" is not vip or general`)) ??
		(TEMPLATE_TYPES.includes(type) ? undefined : fail('ILLEGAL_PARAMER', `type "${type}" is not one of ${TEMPLATE_TYPES.join(', ')}`)) ??
		checkSignLocation(sign_location);
	if (problem) return problem.failure;
	const inChannel = [...sb.templates.values()].filter(
		(one) => one.ownerId === SELF_OWNER.id && one.report_type === report_type && one.type === type,
	).length;
	if (inChannel >= TEMPLATE_LIMIT) {
		return apiError('TEMPLATE_LIMIT', `${inChannel} ${report_type}/${type} templates already; at most ${TEMPLATE_LIMIT}`);
	}
	const template: SandboxTemplate = {
		id: sb.nextTemplateId++,
		title,
		temp_sign,
		content,
		sign_location,
		type: type as TemplateType,
		report_type,
		status: reviewStatus(type, content),
		updated_at: sb.now().toISOString(),
		ownerId: SELF_OWNER.id,
	};
	sb.templates.set(template.id, template);
	return sb.json(201, sb.templateView(template));
}

/**
 * PATCH: only title, content, temp_sign and sign_location change. `type` and `report_type` cannot
 * change (seed §5.3 lists neither), and the sandbox IGNORES them silently rather than answering
 * 409: the live behaviour is unknown and a client that echoes the whole template must not fail.
 */
function update(sb: UpyunSandbox, rawId: string, fields: Fields | undefined) {
	const template = sb.ownTemplate(rawId);
	if (isFailure(template)) return template.failure;
	if (!fields) return apiError('MISSING_PARAMETER', `nothing to change; send ${EDITABLE_FIELDS.join(', ')}`);
	const values = readFields(fields, EDITABLE_FIELDS);
	if (isFailure(values)) return values.failure;
	const present = EDITABLE_FIELDS.filter((name) => name in fields);
	if (present.length === 0) return apiError('MISSING_PARAMETER', `nothing to change; send ${EDITABLE_FIELDS.join(', ')}`);
	const empty = present.filter((name) => values[name] === undefined);
	if (empty.length > 0) return apiError('MISSING_PARAMETER', `${empty.join(', ')} sent empty`);
	const next = {
		title: values.title ?? template.title,
		content: values.content ?? template.content,
		temp_sign: values.temp_sign ?? template.temp_sign,
		sign_location: values.sign_location ?? template.sign_location,
	};
	const problem =
		(values.title === undefined ? undefined : checkTitle(next.title)) ??
		(values.temp_sign === undefined ? undefined : checkSignature(next.temp_sign, template.type)) ??
		(values.temp_sign === undefined && values.content === undefined ? undefined : checkContentLength(sb, next.temp_sign, next.content)) ??
		(values.sign_location === undefined ? undefined : checkSignLocation(next.sign_location));
	if (problem) return problem.failure;
	Object.assign(template, next, {
		status: reviewStatus(template.type, next.content),
		updated_at: sb.now().toISOString(),
	});
	return sb.json(200, sb.templateView(template));
}

function list(sb: UpyunSandbox, query: Record<string, string>) {
	const filters: Array<[keyof SandboxTemplate, readonly string[]]> = [
		['status', TEMPLATE_STATUSES],
		['type', TEMPLATE_TYPES],
		['report_type', REPORT_TYPES],
	];
	let templates = [...sb.templates.values()].filter((one) => one.ownerId === SELF_OWNER.id);
	for (const [name, allowed] of filters) {
		const wanted = query[name];
		if (wanted === undefined || wanted === '') continue;
		if (!allowed.includes(wanted)) return apiError('ILLEGAL_PARAMER', `${name} "${wanted}" is not one of ${allowed.join(', ')}`);
		templates = templates.filter((one) => one[name] === wanted);
	}
	templates.sort((a, b) => a.id - b.id);
	return sb.json(200, { templates: templates.map((one) => sb.templateView(one)) });
}

export function registerTemplateRoutes(sb: UpyunSandbox): void {
	sb.apiRoute('GET', '/api/templates', (request) => list(sb, request.query));
	sb.apiRoute('POST', '/api/templates', (request) => create(sb, bodyFields(request)));
	sb.apiRoute('PATCH', '/api/templates/:id', (request) => update(sb, request.params.id, bodyFields(request)));
	sb.apiRoute('DELETE', '/api/templates/:id', (request) => {
		const template = sb.ownTemplate(request.params.id);
		if (isFailure(template)) return template.failure;
		sb.templates.delete(template.id);
		return { status: 204 };
	});
}
