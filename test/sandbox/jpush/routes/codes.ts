import { apiError, isFailure } from '../errors';
import { fieldsOf } from '../checks';
import type { JPushSandbox } from '../jpushSandbox';

/** 1–3: text code, voice code, verification (jpush.md §2.1–2.3). */
export function registerCodeRoutes(sb: JPushSandbox): void {
	sb.apiRoute('POST', '/v1/codes', (request) => {
		const fields = fieldsOf(request.body);
		if (fields.mobile === undefined || fields.mobile === '') return apiError(50004);
		if (fields.temp_id === undefined) return apiError(50005);
		if (!sb.mobileOk(fields.mobile)) return apiError(50006);
		const mobile = fields.mobile as string;
		const template = sb.sendTemplate(fields.temp_id, [1]);
		if (isFailure(template)) return template.failure;
		const sign = sb.sendSign(fields.sign_id);
		if (isFailure(sign)) return sign.failure;
		if (sb.unsubscribed.has(mobile)) return apiError(50024);
		const last = sb.lastCode(mobile);
		const now = sb.now();
		if (last && !last.voice && now - last.sentAt < sb.codeIntervalMs) return apiError(50009);
		if ((sb.appBalance.app_industry ?? 0) < 1) return apiError(50014);
		sb.appBalance.app_industry = (sb.appBalance.app_industry ?? 0) - 1;
		const msgId = sb.newMsgId();
		sb.codes.push({ msg_id: msgId, mobile, code: sb.newCode(), sentAt: now, expiresAt: now + (template.ttl ?? 60) * 1000, verified: false, voice: false });
		return sb.json(200, sb.omitMsgIds ? {} : { msg_id: msgId });
	}, 'json');

	sb.apiRoute('POST', '/v1/voice_codes', (request) => {
		const fields = fieldsOf(request.body);
		if (fields.mobile === undefined || fields.mobile === '') return apiError(50004);
		if (!sb.mobileOk(fields.mobile, false)) return apiError(50006);
		const mobile = fields.mobile as string;
		let code: string | undefined;
		if (fields.code !== undefined) {
			code = String(fields.code);
			if (code.length < 4 || code.length > 8) return apiError(50038);
			if (!/^\d+$/.test(code)) return apiError(50039);
		}
		if (fields.voice_lang !== undefined && ![0, 1, 2].includes(fields.voice_lang as number)) return apiError(50040);
		const ttl = fields.ttl === undefined ? 60 : fields.ttl;
		if (!Number.isInteger(ttl) || (ttl as number) <= 0 || (ttl as number) > 86400) return apiError(50041);
		if (sb.unsubscribed.has(mobile)) return apiError(50024);
		if ((sb.appBalance.app_voice ?? 0) < 1) return apiError(50014);
		sb.appBalance.app_voice = (sb.appBalance.app_voice ?? 0) - 1;
		const msgId = sb.newMsgId();
		sb.codes.push({ msg_id: msgId, mobile, code: code ?? sb.newCode(), sentAt: sb.now(), expiresAt: sb.now() + (ttl as number) * 1000, verified: false, voice: true });
		return sb.json(200, sb.omitMsgIds ? {} : { msg_id: msgId });
	}, 'json');

	sb.apiRoute('POST', '/v1/codes/:msgId/valid', (request) => {
		const fields = fieldsOf(request.body);
		if (fields.code === undefined || fields.code === null || fields.code === '') return apiError(50015);
		const entry = sb.codes.find((one) => one.msg_id === request.params.msgId);
		if (!entry) return apiError(50026);
		const invalid = (code: number) => apiError(code, sb.validFailureStatus, { is_valid: false });
		if (entry.verified) return invalid(50012);
		if (sb.now() > entry.expiresAt) return invalid(50011);
		if (String(fields.code) !== entry.code) return invalid(50010);
		entry.verified = true;
		return sb.json(200, { is_valid: true });
	}, 'json');
}
