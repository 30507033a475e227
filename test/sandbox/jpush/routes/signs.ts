import type { RecordedRequest, SandboxResponse } from '../../kit/types';
import { apiError } from '../errors';
import { fieldsOf, isResponse } from '../checks';
import type { JPushSandbox } from '../jpushSandbox';
import type { SandboxSign } from '../state';

const SIGN_PATTERN = /^[\u4e00-\u9fa5A-Za-z0-9]{2,8}$/;

/** JPEG, PNG, GIF or BMP by their first bytes. */
export function isImage(content: Buffer): boolean {
	if (content.length < 2) return false;
	return (content[0] === 0xff && content[1] === 0xd8) || content.subarray(0, 4).toString('latin1') === '\x89PNG' || content.subarray(0, 3).toString('latin1') === 'GIF' || content.subarray(0, 2).toString('latin1') === 'BM';
}

/** Checks a multipart sign body (jpush.md §6, endpoint 18); `self` is the signature being edited. */
function checkSign(sb: JPushSandbox, request: RecordedRequest, self?: SandboxSign): Omit<SandboxSign, 'sign_id' | 'is_default' | 'use_status' | 'status'> | SandboxResponse {
	const fields = fieldsOf(request.body) as Record<string, string>;
	if (fields.sign === undefined || fields.sign === '') return apiError(50003);
	if (!SIGN_PATTERN.test(fields.sign)) return apiError(50104);
	if (fields.type !== undefined && !/^[1-7]$/.test(fields.type)) return apiError(50007);
	if (fields.remark !== undefined && [...fields.remark].length > 100) return apiError(50007);
	if (request.files.some((file) => file.content.length === 0 || !isImage(file.content))) return apiError(50101);
	if ([...sb.signs.values()].some((one) => one.status === 0 && one !== self)) return apiError(50103);
	const { sign, type, remark, ...rest } = fields;
	return {
		sign,
		...(type === undefined ? {} : { type: Number(type) }),
		...(remark === undefined ? {} : { remark }),
		images: request.files.map((file) => ({ part: file.fieldName, fileName: file.fileName, size: file.content.length })),
		fields: rest,
	};
}

/** 18–21: signatures (jpush.md §2.18–2.21); `/v1/sign/` is an alias of `/v1/sign` (PHP SDK). */
export function registerSignRoutes(sb: JPushSandbox): void {
	const create = (request: RecordedRequest) => {
		const checked = checkSign(sb, request);
		if (isResponse(checked)) return checked;
		const sign: SandboxSign = { sign_id: sb.newSignId(), ...checked, status: 0, is_default: 0, use_status: 0 };
		sb.signs.set(sign.sign_id, sign);
		return sb.json(200, { sign_id: sign.sign_id });
	};
	sb.apiRoute('POST', '/v1/sign', create, 'multipart');
	sb.apiRoute('POST', '/v1/sign/', create, 'multipart');

	sb.apiRoute('POST', '/v1/sign/:id', (request) => {
		const current = sb.signs.get(Number(request.params.id));
		if (!current) return apiError(50102);
		if (current.status !== 2) return apiError(50007);
		const checked = checkSign(sb, request, current);
		if (isResponse(checked)) return checked;
		sb.signs.set(current.sign_id, { ...current, ...checked, status: 0 });
		return sb.json(200, { sign_id: current.sign_id });
	}, 'multipart');

	sb.apiRoute('GET', '/v1/sign/:id', (request) => {
		const sign = sb.signs.get(Number(request.params.id));
		if (!sign) return apiError(50102);
		return sb.json(200, { sign_id: sign.sign_id, sign: sign.sign, status: sign.status, is_default: sign.is_default, use_status: sign.use_status });
	});

	sb.apiRoute('DELETE', '/v1/sign/:id', (request) => {
		const sign = sb.signs.get(Number(request.params.id));
		if (!sign) return apiError(50102);
		if (sign.is_default === 1) return apiError(50105);
		sb.signs.delete(sign.sign_id);
		return sb.empty();
	});
}
