import { intField, isResponse, missing } from '../checks';
import { yunpianError } from '../errors';
import type { SandboxTemplate } from '../state';
import type { Fields, YunpianSandbox } from '../yunpianSandbox';

const LANGS = ['zh_cn', 'en', 'zh_tw', 'ko', 'ja'];

export const templateView = (template: SandboxTemplate) => ({
	tpl_id: template.tpl_id,
	tpl_content: template.tpl_content,
	check_status: template.check_status,
	reason: template.reason,
	...(template.lang ? { lang: template.lang } : {}),
});

export function registerTemplateRoutes(sb: YunpianSandbox): void {
	/** Content and options of `tpl/add` / `tpl/update` (yunpian.md §2.4); code 6 or 2 when they break the rules. */
	const checkSmsTemplate = (fields: Fields) => {
		const failure = missing(fields, 'tpl_content');
		if (failure) return failure;
		const signed = /^【([^【】]+)】./.exec(fields.tpl_content);
		if (!signed) return yunpianError(6, '模板必须以带符号【】的签名开头');
		if (sb.signatures.get(signed[1])?.check_status !== 'SUCCESS') return yunpianError(6, `签名【${signed[1]}】未审核通过`);
		const notify = intField(fields, 'notify_type', 0, 0, 3);
		if (isResponse(notify)) return notify;
		const tplType = intField(fields, 'tpl_type', 0, 0, 1);
		if (isResponse(tplType)) return tplType;
		if (fields.lang && !LANGS.includes(fields.lang)) return yunpianError(2, `lang 只能是 ${LANGS.join(', ')}`);
		if (fields.region && !['abroad', 'global'].includes(fields.region)) return yunpianError(2, 'region 只能是 abroad 或 global');
		return undefined;
	};
	const pick = (fields: Fields): Partial<SandboxTemplate> => ({
		notify_type: fields.notify_type ? Number(fields.notify_type) : undefined,
		lang: fields.lang || undefined,
		region: fields.region || undefined,
		tpl_type: fields.tpl_type ? Number(fields.tpl_type) : undefined,
		callback: fields.callback || undefined,
		website: fields.website || undefined,
	});
	const badId = (fields: Fields) => missing(fields, 'tpl_id') ?? (/^\d+$/.test(fields.tpl_id) ? undefined : yunpianError(2, 'tpl_id 必须是数字'));

	sb.api('sms', 'tpl/get_default', (fields) => {
		if (fields.tpl_id && !/^\d+$/.test(fields.tpl_id)) return yunpianError(2, 'tpl_id 必须是数字');
		const list = sb.defaultTemplates.filter((template) => !fields.tpl_id || template.tpl_id === Number(fields.tpl_id));
		if (fields.tpl_id && list.length === 0) return yunpianError(5, `默认模板 ${fields.tpl_id} 不存在`);
		return sb.json(list.map(templateView));
	});

	sb.api('sms', 'tpl/get', (fields) => {
		if (!fields.tpl_id) return sb.json([...sb.templates.values()].map(templateView));
		const failure = badId(fields);
		if (failure) return failure;
		const template = sb.templates.get(Number(fields.tpl_id)) ?? sb.voiceTemplates.get(Number(fields.tpl_id));
		return template ? sb.json(templateView(template)) : yunpianError(5, `模板 ${fields.tpl_id} 不存在`);
	});

	sb.api('sms', 'tpl/add', (fields) => {
		const failure = checkSmsTemplate(fields);
		if (failure) return failure;
		const template: SandboxTemplate = { tpl_id: sb.nextTemplateId++, tpl_content: fields.tpl_content, check_status: 'CHECKING', reason: null, ...pick(fields) };
		sb.templates.set(template.tpl_id, template);
		return sb.json(templateView(template));
	});

	sb.api('sms', 'tpl/update', (fields) => {
		const failure = badId(fields) ?? checkSmsTemplate(fields);
		if (failure) return failure;
		const template = sb.templates.get(Number(fields.tpl_id));
		if (!template) return yunpianError(5, `模板 ${fields.tpl_id} 不存在`);
		Object.assign(template, { tpl_content: fields.tpl_content, check_status: 'CHECKING', reason: null }, pick(fields));
		return sb.json(templateView(template));
	});

	sb.api('sms', 'tpl/del', (fields) => {
		const failure = badId(fields);
		if (failure) return failure;
		const template = sb.templates.get(Number(fields.tpl_id));
		if (!template) return yunpianError(5, `模板 ${fields.tpl_id} 不存在`);
		sb.templates.delete(template.tpl_id);
		return sb.json(templateView(template));
	});

	sb.api('sms', 'tpl/add_voice_notify', (fields) => {
		const failure = missing(fields, 'tpl_content') ?? (() => {
			const notify = intField(fields, 'notify_type', 0, 0, 3);
			return isResponse(notify) ? notify : undefined;
		})();
		if (failure) return failure;
		const template: SandboxTemplate = { tpl_id: sb.nextTemplateId++, tpl_content: fields.tpl_content, check_status: 'CHECKING', reason: null };
		sb.voiceTemplates.set(template.tpl_id, template);
		return sb.json(templateView(template));
	});

	sb.api('sms', 'tpl/update_voice_notify', (fields) => {
		const failure = badId(fields) ?? missing(fields, 'tpl_content');
		if (failure) return failure;
		const template = sb.voiceTemplates.get(Number(fields.tpl_id));
		if (!template) return yunpianError(5, `语音模板 ${fields.tpl_id} 不存在`);
		Object.assign(template, { tpl_content: fields.tpl_content, check_status: 'CHECKING', reason: null });
		return sb.json(templateView(template));
	});
}
