import type { SandboxResponse } from '../kit/types';

/** Chinese `msg` of each code the sandbox answers (yunpian.md §3). */
export const ERROR_MSG: Readonly<Record<number, string>> = {
	1: '请求参数缺失',
	2: '请求参数格式错误',
	3: '账户余额不足',
	4: '关键词屏蔽',
	5: '未找到对应id的模板',
	6: '添加模板失败',
	7: '模板不可用',
	8: '同一手机号30秒内重复提交相同的内容',
	9: '同一手机号5分钟内重复提交相同内容超过3次',
	10: '手机号黑名单过滤',
	11: '接口不支持GET方式调用',
	14: '解码失败',
	15: '签名不匹配',
	16: '签名格式不正确',
	22: '1小时内同一手机号发送次数超过限制',
	25: '手机号和内容个数不匹配',
	26: '流量包错误',
	34: '签名创建失败',
	[-1]: '非法的apikey',
	[-2]: 'API没有权限',
	[-3]: 'IP没有权限',
	[-5]: '访问频率超限',
	[-50]: '未知异常',
	[-51]: '系统繁忙',
	[-54]: '记录已经存在',
	[-55]: '记录不存在',
};

/** A Yunpian failure: HTTP 400 with `{ http_status_code, code, msg, detail }` (yunpian.md §1.3). */
export function yunpianError(code: number, detail: string, status = 400): SandboxResponse {
	return { status, body: { http_status_code: status, code, msg: ERROR_MSG[code] ?? '未知异常', detail } };
}

/** The entry of one refused number inside a batch answer (HTTP 200). */
export function refusedEntry(code: number, mobile: string): Record<string, unknown> {
	return { code, msg: ERROR_MSG[code] ?? '未知异常', count: 0, fee: 0, unit: 'RMB', mobile, sid: 0 };
}
