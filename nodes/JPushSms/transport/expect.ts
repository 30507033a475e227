import type { AnswerExpectation } from '../../shared/transport/request';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A balance of `/v1/accounts/app` or `/v1/accounts/dev` (https://docs.jiguang.cn/jsms/server/rest_api_summary): an object with
 * `app_balance` or `dev_balance`, which may be `null` ("no quota assigned") but must be there.
 */
export function balanceAnswer(pair: 'app' | 'dev'): AnswerExpectation {
	const field = `${pair}_balance`;
	return (body) => {
		if (!isObject(body)) return 'a JSON object was expected';
		return field in body ? undefined : `the answer has no ${field}`;
	};
}
