import type { SandboxResponse } from '../../kit/types';
import { apiError } from '../errors';
import { fieldsOf, isResponse, type Fields } from '../checks';
import type { JPushSandbox } from '../jpushSandbox';
import { charCount, templateVariables, type SandboxTemplate } from '../state';

/** Words the sandbox treats as sensitive (50037). */
export const SENSITIVE_WORDS = ['赌博', '博彩'];
const MAX_REMARK = 500;

/** Checks a template body (jpush.md §6, endpoint 14) in the documented order; returns the fields to store. */
function checkTemplate(sb: JPushSandbox, fields: Fields): Omit<SandboxTemplate, 'temp_id' | 'status'> | SandboxResponse {
	const text = fields.template;
	if (text === undefined || text === null || text === '') return apiError(50042);
	if (typeof text !== 'string') return apiError(50007);
	if (!Number.isInteger(fields.type) || ![1, 2, 3].includes(fields.type as number)) return apiError(50025);
	const type = fields.type as number;
	const ttl = fields.ttl;
	if (type === 1 && (!Number.isInteger(ttl) || (ttl as number) < 1 || (ttl as number) > 86400)) return apiError(50041);
	const signs = [...sb.signs.values()].filter((one) => one.status === 1);
	const longest = Math.max(0, ...signs.map((one) => charCount(one.sign) + 2));
	if (charCount(text) + longest > sb.maxTextLength) return apiError(50043);
	const names = templateVariables(text);
	if (type === 1 ? names.length !== 1 || names[0] !== 'code' : names.some((name) => !/^[A-Za-z0-9]+$/.test(name))) return apiError(50044);
	const remark = fields.remark;
	if (remark !== undefined && (typeof remark !== 'string' || charCount(remark) > MAX_REMARK)) return apiError(typeof remark === 'string' ? 50045 : 50007);
	if (/[【】]/.test(text)) return apiError(50052);
	if (names.includes('url') && !remark) return apiError(50053);
	if (signs.length === 0) return apiError(50046);
	if (SENSITIVE_WORDS.some((word) => text.includes(word))) return apiError(50037);
	return { template: text, type, ...(type === 1 ? { ttl: ttl as number } : {}), ...(typeof remark === 'string' ? { remark } : {}) };
}

/** 14–17: templates (jpush.md §2.14–2.17). */
export function registerTemplateRoutes(sb: JPushSandbox): void {
	sb.apiRoute('POST', '/v1/templates', (request) => {
		const checked = checkTemplate(sb, fieldsOf(request.body));
		if (isResponse(checked)) return checked;
		const template: SandboxTemplate = { temp_id: sb.newTemplateId(), ...checked, status: 0 };
		sb.templates.set(template.temp_id, template);
		return sb.json(200, { temp_id: template.temp_id });
	}, 'json');

	sb.apiRoute('PUT', '/v1/templates/:id', (request) => {
		const current = sb.templates.get(Number(request.params.id));
		if (!current) return apiError(50013);
		const fields = fieldsOf(request.body);
		if (fields.temp_id !== undefined && fields.temp_id !== current.temp_id) return apiError(50007);
		if (current.status !== 2) return apiError(50047);
		const checked = checkTemplate(sb, fields);
		if (isResponse(checked)) return checked;
		sb.templates.set(current.temp_id, { temp_id: current.temp_id, ...checked, status: 0 });
		return sb.json(200, { temp_id: current.temp_id });
	}, 'json');

	sb.apiRoute('GET', '/v1/templates/:id', (request) => {
		const template = sb.templates.get(Number(request.params.id));
		return template ? sb.json(200, template) : apiError(50013);
	});

	sb.apiRoute('DELETE', '/v1/templates/:id', (request) => {
		const id = Number(request.params.id);
		if (!sb.templates.has(id)) return apiError(50013);
		sb.templates.delete(id);
		return sb.empty();
	});
}
