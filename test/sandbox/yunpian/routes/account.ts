import { badBooleans, intField, isResponse, missing } from '../checks';
import { yunpianError } from '../errors';
import { MAINLAND, type SandboxSignature } from '../state';
import type { Fields, YunpianSandbox } from '../yunpianSandbox';

const signView = (sign: SandboxSignature) => ({
	apply_state: sign.apply_state,
	sign: sign.sign,
	is_apply_vip: sign.is_apply_vip,
	is_only_global: sign.is_only_global,
	industry_type: sign.industry_type,
	check_status: sign.check_status,
});

/** `sign/add` rules (yunpian.md §2.3); code 34 when the text breaks them. */
function badSignText(sign: string) {
	const length = [...sign].length;
	if (/[【】]/.test(sign) || sign === '云片网' || length < 2 || length > 20) return yunpianError(34, 'sign 须为 2~20 个字符, 不含【】, 不能是云片网');
	return undefined;
}

/** Options of add/update; omitted booleans take their defaults (update resets them, as Yunpian does). */
function applyOptions(sign: SandboxSignature, fields: Fields): void {
	sign.notify = fields.notify !== 'false';
	sign.is_only_global = fields.is_only_global === 'true';
	sign.is_apply_vip = sign.is_only_global ? false : fields.apply_vip === 'true';
	sign.industry_type = fields.industry_type || '其它';
	if (fields.license_url) sign.license_url = fields.license_url;
}

export function registerAccountRoutes(sb: YunpianSandbox): void {
	sb.api('sms', 'user/get', () => sb.json(sb.account));

	sb.api('sms', 'user/set', (fields) => {
		const alarm = intField(fields, 'alarm_balance', sb.account.alarm_balance, 0, 1_000_000);
		if (isResponse(alarm)) return alarm;
		if (fields.emergency_mobile && !MAINLAND.test(fields.emergency_mobile)) return yunpianError(2, 'emergency_mobile 格式错误');
		sb.account.alarm_balance = alarm;
		if (fields.emergency_contact !== undefined) sb.account.emergency_contact = fields.emergency_contact;
		if (fields.emergency_mobile !== undefined) sb.account.emergency_mobile = fields.emergency_mobile;
		return sb.json(sb.account);
	});

	sb.api('sms', 'sign/add', (fields) => {
		const failure = missing(fields, 'sign') ?? badSignText(fields.sign) ?? badBooleans(fields, 'notify', 'apply_vip', 'is_only_global');
		if (failure) return failure;
		if (sb.signatures.has(fields.sign)) return yunpianError(-54, `签名 ${fields.sign} 已存在`);
		const sign: SandboxSignature = { sign: fields.sign, check_status: 'CHECKING', apply_state: 'CHECKING', is_apply_vip: false, is_only_global: false, industry_type: '其它', notify: true };
		applyOptions(sign, fields);
		sb.signatures.set(sign.sign, sign);
		return sb.json({ code: 0, msg: 'OK', sign: signView(sign) });
	});

	sb.api('sms', 'sign/update', (fields) => {
		const failure = missing(fields, 'old_sign') ?? (fields.sign ? badSignText(fields.sign) : undefined) ?? badBooleans(fields, 'notify', 'apply_vip', 'is_only_global');
		if (failure) return failure;
		const oldName = fields.old_sign.replace(/^【(.*)】$/, '$1');
		const sign = sb.signatures.get(oldName);
		if (!sign) return yunpianError(-55, `签名 ${oldName} 不存在`);
		if (sign.check_status === 'SUCCESS') return yunpianError(2, '只有审核中或审核失败的签名可以修改');
		applyOptions(sign, fields);
		if (fields.sign && fields.sign !== oldName) {
			sb.signatures.delete(oldName);
			sign.sign = fields.sign;
			sb.signatures.set(sign.sign, sign);
		}
		sign.check_status = 'CHECKING';
		sign.apply_state = 'CHECKING';
		return sb.json({ code: 0, msg: 'OK', sign: signView(sign) });
	});

	sb.api('sms', 'sign/get', (fields) => {
		const pageNum = intField(fields, 'page_num', 0, 1, 1_000_000);
		if (isResponse(pageNum)) return pageNum;
		const pageSize = intField(fields, 'page_size', 0, 1, 1_000_000);
		if (isResponse(pageSize)) return pageSize;
		const all = [...sb.signatures.values()].filter((sign) => !fields.sign || sign.sign === fields.sign.replace(/^【(.*)】$/, '$1'));
		const page = pageNum && pageSize ? all.slice((pageNum - 1) * pageSize, pageNum * pageSize) : all;
		return sb.json({ code: 0, msg: 'OK', total: all.length, sign: page.map(signView) });
	});
}
