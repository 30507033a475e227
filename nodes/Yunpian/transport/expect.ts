import type { AnswerExpectation } from '../../shared/transport/request';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const hasValue = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * A template as `tpl/add`, `tpl/update`, `tpl/add_voice_notify` and `tpl/update_voice_notify` answer
 * it: the template object with its `tpl_id`, or the same wrapped as `{ template: {…} }` (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief).
 */
export const templateAnswer: AnswerExpectation = (body) => {
	if (!isObject(body)) return 'a JSON object was expected';
	const template = isObject(body.template) ? body.template : body;
	return hasValue(template.tpl_id) ? undefined : 'the answer has no tpl_id';
};

/** `tpl/get_default`: a list of templates; asked for one by ID, the template object itself is taken too. */
export function defaultTemplatesAnswer(byId: boolean): AnswerExpectation {
	return (body) => {
		if (Array.isArray(body)) return undefined;
		if (byId && isObject(body)) return hasValue(body.tpl_id) ? undefined : 'the answer has no tpl_id';
		return 'a JSON list was expected';
	};
}

/** `sign/add` and `sign/update`: `{ code, msg, sign: { sign, … } }`, the signature named by its text. */
export const signatureAnswer: AnswerExpectation = (body) => {
	if (!isObject(body)) return 'a JSON object was expected';
	if (!isObject(body.sign)) return 'the answer has no signature object "sign"';
	return hasValue(body.sign.sign) ? undefined : 'the signature in the answer has no text (sign)';
};

/** `vsms/add_tpl` and `vsms/get_tpl`: `{ code, msg, data: { tpl_id, … } }` (or the template unwrapped). */
export const videoTemplateAnswer: AnswerExpectation = (body) => {
	if (!isObject(body)) return 'a JSON object was expected';
	const template = isObject(body.data) ? body.data : body;
	return hasValue(template.tpl_id) ? undefined : 'the answer has no tpl_id';
};

/** `sms/get_black_word`: `{ result: "word,word" }`, an empty text when the text is clean (`black_word` in the SDK's model). */
export const blackWordsAnswer: AnswerExpectation = (body) => {
	if (!isObject(body)) return 'a JSON object was expected';
	return typeof body.result === 'string' || typeof body.black_word === 'string' ? undefined : 'the answer has no result';
};
