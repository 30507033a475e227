import type { SandboxResponse } from '../kit/types';

/** HTTP status of every error code (seed §6.1 / upyun.md §3). */
export const ERROR_STATUS: Readonly<Record<string, number>> = {
	INVALID_FILE: 400,
	MISSING_PARAMETER: 400,
	INVALID_CREDENTIALS: 401,
	REQUIRE_TEMPLATE_OWNER: 403,
	REQUIRE_SIGNATURE_OWNER: 403,
	USER_NOT_FOUND: 404,
	TEMPLATE_NOT_FOUND: 404,
	NOT_FOUND: 404,
	INSUFFICIENT_FUNDS: 409,
	MOBILE_LIMIT: 409,
	ILLEGAL_MOBILE: 409,
	ILLEGAL_PARAMER: 409,
	TEMPLATE_LIMIT: 409,
	TEMPLATE_AUDITING: 409,
	TEMPLATE_NOT_AUDITED: 409,
	ILLEGAL_SIGNATURE: 409,
	ILLEGAL_TITLE: 409,
	TEMPLATE_FAILED: 409,
	ILLEGAL_CONTENT_LENGTH: 409,
	ILLEGAL_REPORT_TYPE: 409,
	ILLEGAL_TEMPLATE_ID: 422,
	SMS_SYSTEM_ERROR: 500,
	SYSTEM_ERROR: 500,
};

/** The seed's own descriptions, used as the start of every `message`. */
const ERROR_TEXT: Readonly<Record<string, string>> = {
	INVALID_FILE: '文件不存在或大小格式不符合规范',
	MISSING_PARAMETER: '必填项为空',
	INVALID_CREDENTIALS: '无效的认证',
	REQUIRE_TEMPLATE_OWNER: '没有模板的权限',
	REQUIRE_SIGNATURE_OWNER: '没有签名的权限',
	USER_NOT_FOUND: '用户不存在',
	TEMPLATE_NOT_FOUND: '模板不存在',
	NOT_FOUND: '页面不存在',
	INSUFFICIENT_FUNDS: '短信额度不足,请充值',
	MOBILE_LIMIT: '手机号数量上限',
	ILLEGAL_MOBILE: '手机号无效',
	ILLEGAL_PARAMER: '参数无效',
	TEMPLATE_LIMIT: '模板数量达到上限',
	TEMPLATE_AUDITING: '模板正在审核,无法使用',
	TEMPLATE_NOT_AUDITED: '模板未审核',
	ILLEGAL_SIGNATURE: '模版签名长度不合法,必须为3~8个字',
	ILLEGAL_TITLE: '模版标题长度不合法,必须小于12个字',
	TEMPLATE_FAILED: '模板审核失败,请重新提交',
	ILLEGAL_CONTENT_LENGTH: '模版内容长度不合法,签名+内容必须小于348个字',
	ILLEGAL_REPORT_TYPE: '无效的审核类型',
	ILLEGAL_TEMPLATE_ID: '无效的模板编号',
	SMS_SYSTEM_ERROR: 'SMS 服务异常',
	SYSTEM_ERROR: '系统错误',
};

/**
 * An UPYUN error answer: `{ error_code, message }` with the status of §3. `detail` (English, for people
 * reading test failures) is appended to the seed's text; the seed says `message` is free text.
 */
export function apiError(code: string, detail?: string, status?: number): SandboxResponse {
	const base = ERROR_TEXT[code] ?? code;
	return {
		status: status ?? ERROR_STATUS[code] ?? 500,
		body: { error_code: code, message: detail ? `${base} (${detail})` : base },
	};
}

/** A step of a handler that could not go on: carries the finished error answer. */
export interface Failure {
	readonly failure: SandboxResponse;
}

export function fail(code: string, detail?: string, status?: number): Failure {
	return { failure: apiError(code, detail, status) };
}

export function isFailure(value: unknown): value is Failure {
	return typeof value === 'object' && value !== null && 'failure' in value;
}
