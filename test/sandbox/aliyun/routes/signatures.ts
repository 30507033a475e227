import { biz, ok, required, type AliyunSandbox, type Answer, type Params } from '../aliyunSandbox';
import { beijing, type SandboxSignature } from '../state';

const VERSION = '2017-05-25';
const AUDIT: Record<number, string> = { 0: 'AUDIT_STATE_INIT', 1: 'AUDIT_STATE_PASS', 2: 'AUDIT_STATE_NOT_PASS', 10: 'AUDIT_STATE_CANCEL' };

/** CreateSmsSign / UpdateSmsSign rules (aliyun.md §8): 2–12 characters, no brackets, punctuation, spaces or emoji; source 0, 2 or 5. */
function checkSignFields(params: Params): Answer | undefined {
	const name = params.SignName;
	if (/\p{Extended_Pictographic}/u.test(name)) return biz('isv.SMS_SIGN_EMOJI_ILLEGAL', '签名不能包含emoji');
	if ([...name].length > 12) return biz('isv.SIGN_OVER_LIMIT', '签名字符数量超过限制');
	if ([...name].length < 2 || /[【】()（）[\]，,。.\s]/.test(name)) return biz('isv.SIGN_NAME_ILLEGAL', '签名名称不符合规范');
	if (!['0', '2', '5'].includes(params.SignSource)) return biz('isv.SIGN_SOURCE_ILLEGAL', '签名来源不支持');
	if (params.SignSource === '5' && !params.TrademarkId) return biz('isv.INVALID_PARAMETERS', 'TrademarkId不能为空');
	if (params.SignSource === '2' && !params.AppIcpRecordId) return biz('isv.INVALID_PARAMETERS', 'AppIcpRecordId不能为空');
	if (params.ThirdParty === 'true' && !params.AuthorizationLetterId) return biz('isv.INVALID_PARAMETERS', 'AuthorizationLetterId不能为空');
	if ((params.Remark ?? '').length > 200) return biz('isv.PARAM_LENGTH_LIMIT', 'Remark超出长度限制');
	if (params.SignType !== undefined && !['0', '1'].includes(params.SignType)) return biz('isv.INVALID_PARAMETERS', 'SignType不正确');
	if (params.MoreData !== undefined) {
		try {
			if (!Array.isArray(JSON.parse(params.MoreData))) return biz('isv.INVALID_JSON_PARAM', 'MoreData不合法');
		} catch {
			return biz('isv.INVALID_JSON_PARAM', 'MoreData不合法');
		}
	}
	return undefined;
}

function fill(signature: SandboxSignature, params: Params): void {
	signature.source = Number(params.SignSource);
	signature.type = params.SignType === '0' ? 0 : 1;
	signature.qualificationId = params.QualificationId;
	signature.remark = params.Remark ?? '';
	signature.status = 0;
	signature.rejectInfo = '';
}

function createSign(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'SignName', 'SignSource', 'QualificationId');
	const problem = checkSignFields(params);
	if (problem) return problem;
	if (sb.signatures.has(params.SignName)) return biz('isv.INVALID_PARAMETERS', '签名已存在');
	const orderId = String(2004100000 + sb.signatures.size);
	const signature: SandboxSignature = { name: params.SignName, type: 1, status: 0, source: 0, qualificationId: '', remark: '', createDate: beijing(sb.now().getTime()).time, orderId, rejectInfo: '', tag: 2 };
	fill(signature, params);
	sb.signatures.set(signature.name, signature);
	return { Code: 'OK', Message: 'successful', SignName: signature.name, OrderId: orderId };
}

function updateSign(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'SignName', 'SignSource', 'QualificationId');
	const signature = sb.signatures.get(params.SignName);
	if (!signature) return biz('isv.SMS_SIGNATURE_ILLEGAL', '签名不存在');
	if (signature.status === 0) return biz('isv.ERROR_SIGN_NOT_MODIFY', '审核中的签名不能修改');
	const problem = checkSignFields(params);
	if (problem) return problem;
	fill(signature, params);
	return { Code: 'OK', Message: 'successful', SignName: signature.name, OrderId: signature.orderId };
}

function getSign(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'SignName');
	const s = sb.signatures.get(params.SignName);
	if (!s) return biz('isv.SMS_SIGNATURE_ILLEGAL', '签名不存在');
	return ok({
		SignName: s.name,
		SignCode: `SIGN_100000077042023_${s.orderId}`,
		SignStatus: s.status,
		SignTag: String(s.tag),
		SignUsage: s.type === 0 ? '验证码' : '通用',
		CreateDate: s.createDate,
		OrderId: s.orderId,
		QualificationId: Number(s.qualificationId),
		Remark: s.remark,
		ApplyScene: '',
		AuditInfo: { AuditDate: s.status === 0 ? '' : s.createDate, RejectInfo: s.rejectInfo },
		FileUrlList: [],
		ThirdParty: false,
	});
}

function listSigns(sb: AliyunSandbox, params: Params): Answer {
	const page = Number(params.PageIndex ?? '1');
	const size = Number(params.PageSize ?? '10');
	if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1 || size > 50) return biz('isv.INVALID_PARAMETERS', '参数格式不正确');
	const all = [...sb.signatures.values()];
	const list = all.slice((page - 1) * size, page * size).map((s) => ({
		SignName: s.name,
		AuditStatus: AUDIT[s.status],
		BusinessType: s.type === 0 ? '验证码类型' : '通用',
		CreateDate: s.createDate,
		OrderId: s.orderId,
		Reason: { RejectDate: s.status === 2 ? s.createDate : '', RejectInfo: s.rejectInfo || '无审批备注', RejectSubInfo: '' },
	}));
	return ok({ CurrentPage: page, PageSize: size, TotalCount: all.length, SmsSignList: list });
}

function deleteSign(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'SignName');
	const signature = sb.signatures.get(params.SignName);
	if (!signature) return biz('isv.SMS_SIGNATURE_ILLEGAL', '签名不存在');
	if (signature.status === 0) return biz('isv.ERROR_SIGN_NOT_DELETE', '审核中的签名不能删除');
	sb.signatures.delete(params.SignName);
	return ok({ SignName: params.SignName });
}

export function registerSignatureActions(sb: AliyunSandbox): void {
	sb.action('CreateSmsSign', VERSION, (params) => createSign(sb, params));
	sb.action('UpdateSmsSign', VERSION, (params) => updateSign(sb, params));
	sb.action('GetSmsSign', VERSION, (params) => getSign(sb, params));
	sb.action('QuerySmsSignList', VERSION, (params) => listSigns(sb, params));
	sb.action('DeleteSmsSign', VERSION, (params) => deleteSign(sb, params));
	for (const offline of ['AddSmsSign', 'ModifySmsSign', 'QuerySmsSign']) sb.action(offline, VERSION, () => biz('isv.INTERFACE_OFFLINE', '接口已下线'));
}
