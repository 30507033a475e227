import { crypto } from '../../../support/node';
import { badTimes, fill, intField, isResponse, missing, mobiles, voiceTplValue } from '../checks';
import { yunpianError } from '../errors';
import { beijingTime, FLOW_PACKAGES, LANDLINE, MAINLAND, VOICE_PRICE } from '../state';
import type { Fields, YunpianSandbox } from '../yunpianSandbox';

/** Voice `sid`: 32 hex characters (yunpian.md §2.16). */
const voiceSid = (seed: string) => crypto.createHash('md5').update(seed).digest('hex');

/** Largest material zip (yunpian.md §2.19). */
const MAX_MATERIAL = 1.8 * 1024 * 1024;

export function registerOtherRoutes(sb: YunpianSandbox): void {
	const call = (fields: Fields, type: 1 | 2, detail: Record<string, unknown>) => {
		if (!MAINLAND.test(fields.mobile) && !LANDLINE.test(fields.mobile)) return yunpianError(2, `mobile 格式错误: ${fields.mobile}`);
		if (sb.account.balance < VOICE_PRICE) return yunpianError(3, '账户需要充值，请充值后重试');
		sb.account.balance = Math.round((sb.account.balance - VOICE_PRICE) * 10000) / 10000;
		const sid = voiceSid(`${sb.voiceCalls.length}:${fields.mobile}`);
		sb.voiceCalls.push({ sid, type, mobile: fields.mobile, ...detail });
		sb.voiceReports.push({ sid, uid: null, user_receive_time: beijingTime(sb.now()), duration: 10, error_msg: null, mobile: fields.mobile, report_status: 'SUCCESS', type });
		return sb.json({ count: 1, fee: VOICE_PRICE, sid });
	};

	sb.api('voice', 'voice/send', (fields) => {
		const failure = missing(fields, 'mobile', 'code');
		if (failure) return failure;
		if (!/^\d{4,6}$/.test(fields.code)) return yunpianError(2, 'code 须为 4~6 位数字');
		return call(fields, 1, { code: fields.code, display_num: fields.display_num, callback_url: fields.callback_url });
	});

	sb.api('voice', 'voice/tpl_notify', (fields) => {
		const failure = missing(fields, 'mobile', 'tpl_id', 'tpl_value');
		if (failure) return failure;
		const template = sb.voiceTemplates.get(Number(fields.tpl_id));
		if (!template) return yunpianError(5, `语音模板 ${fields.tpl_id} 不存在`);
		if (template.check_status !== 'SUCCESS') return yunpianError(7, `语音模板 ${fields.tpl_id} 未审核通过`);
		const values = voiceTplValue(fields.tpl_value);
		if (isResponse(values)) return values;
		const text = fill(template.tpl_content, values, false);
		return isResponse(text) ? text : call(fields, 2, { tpl_id: template.tpl_id, text, callback_url: fields.callback_url });
	});

	sb.api('voice', 'voice/pull_status', (fields) => {
		const size = intField(fields, 'page_size', 20, 1, 100);
		if (isResponse(size)) return size;
		const type = intField(fields, 'type', 1, 1, 2);
		if (isResponse(type)) return type;
		const taken = sb.voiceReports.filter((report) => report.type === type).slice(0, size);
		sb.voiceReports = sb.voiceReports.filter((report) => !taken.includes(report));
		return sb.json(taken.map((report) => Object.fromEntries(Object.entries(report).filter(([key]) => key !== 'type'))));
	});

	sb.api('flow', 'flow/get_package', (fields) => {
		if (fields.carrier && !['10086', '10010', '10000'].includes(fields.carrier)) return yunpianError(2, 'carrier 只能是 10086, 10010 或 10000');
		return sb.json(FLOW_PACKAGES.filter((pack) => !fields.carrier || pack.carrier === fields.carrier));
	});

	sb.api('flow', 'flow/recharge', (fields) => {
		const failure = missing(fields, 'mobile', 'sn');
		if (failure) return failure;
		const list = mobiles(fields, { single: true });
		if (isResponse(list)) return list;
		const pack = FLOW_PACKAGES.find((candidate) => String(candidate.sn) === fields.sn);
		if (!pack) return yunpianError(26, `流量包 ${fields.sn} 不存在`);
		const fee = Math.round(pack.carrier_price * pack.discount * 100) / 100;
		if (fee > sb.account.balance) return yunpianError(3, '账户需要充值，请充值后重试');
		sb.account.balance = Math.round((sb.account.balance - fee) * 10000) / 10000;
		const sid = sb.newSid();
		sb.recharges.push({ sid, mobile: list[0], sn: pack.sn, callback_url: fields.callback_url });
		sb.flowReports.push({ sid: sb.bare(sid), mobile: list[0], sn: pack.sn, report_status: 'SUCCESS', user_receive_time: beijingTime(sb.now()), error_msg: '' });
		return sb.json({ count: 1, fee, sid: sb.bare(sid) });
	});

	sb.api('flow', 'flow/pull_status', (fields) => {
		const size = intField(fields, 'page_size', 20, 1, 100);
		return isResponse(size) ? size : sb.json(sb.flowReports.splice(0, size));
	});

	sb.api('sms', 'short_url/shorten', (fields) => {
		const failure = missing(fields, 'long_url');
		if (failure) return failure;
		if (!/^https?:\/\/\S+$/.test(fields.long_url)) return yunpianError(2, 'long_url 须以 http:// 或 https:// 开头');
		const days = intField(fields, 'stat_duration', 30, 0, 30);
		if (isResponse(days)) return days;
		const provider = intField(fields, 'provider', 1, 1, 2);
		if (isResponse(provider)) return provider;
		const sid = sb.newShortSid();
		const host = provider === 2 ? 'https://t.cn' : 'https://yp2.cn';
		const expire = beijingTime(new Date(sb.now().getTime() + days * 86_400_000));
		const short = { sid, long_url: fields.long_url, short_url: `${host}/${sid}`, enter_url: `${host}/${sid}`, name: fields.name ?? '', stat_expire: expire, provider, stat: {} };
		sb.shortUrls.set(sid, short);
		return sb.json({ short_url: { sid, long_url: short.long_url, short_url: short.short_url, enter_url: short.enter_url, name: short.name, stat_expire: expire } });
	});

	sb.api('sms', 'short_url/stat', (fields) => {
		const failure = missing(fields, 'sid') ?? badTimes(fields, 'start_time', 'end_time');
		if (failure) return failure;
		const short = sb.shortUrls.get(fields.sid);
		if (!short) return yunpianError(-55, `短链接 ${fields.sid} 不存在`);
		const stat = Object.fromEntries(
			Object.entries(short.stat).filter(([time]) => (!fields.start_time || time >= fields.start_time) && (!fields.end_time || time <= fields.end_time)),
		);
		return sb.json({ stat });
	});

	sb.api('vsms', 'vsms/add_tpl', (fields, request) => {
		const failure = missing(fields, 'sign', 'layout');
		if (failure) return failure;
		if (!/^【[^【】]+】$/.test(fields.sign)) return yunpianError(16, 'sign 须为【签名】');
		let layout: { frames?: unknown };
		try {
			layout = JSON.parse(fields.layout) as { frames?: unknown };
		} catch {
			return yunpianError(2, 'layout 不是合法的 JSON');
		}
		if (!Array.isArray(layout.frames) || layout.frames.length === 0) return yunpianError(2, 'layout.frames 不能为空');
		const material = request.files.find((file) => file.fieldName === 'material');
		if (!material) return yunpianError(1, 'material 不能为空');
		if (material.content.length === 0 || material.content.length > MAX_MATERIAL) return yunpianError(2, 'material 大小须小于 1.8M');
		const tplId = sb.nextVideoTemplateId++;
		sb.videoTemplates.set(tplId, {
			tpl_id: tplId,
			sign: fields.sign,
			check_status: 'CHECKING',
			expire_time: null,
			reason: null,
			yd_enabled: false,
			lt_enabled: false,
			dx_enabled: false,
			layout,
			material: { fileName: material.fileName, bytes: material.content.length },
		});
		return sb.json({ code: 0, msg: 'OK', data: { tpl_id: tplId, check_status: 'CHECKING' } });
	});

	sb.api('vsms', 'vsms/get_tpl', (fields) => {
		const failure = missing(fields, 'tpl_id');
		if (failure) return failure;
		const template = sb.videoTemplates.get(Number(fields.tpl_id));
		if (!template) return yunpianError(5, `视频模板 ${fields.tpl_id} 不存在`);
		const { tpl_id, check_status, expire_time, reason, yd_enabled, lt_enabled, dx_enabled } = template;
		return sb.json({ code: 0, msg: 'OK', data: { tpl_id, check_status, expire_time, reason, yd_enabled, lt_enabled, dx_enabled } });
	});

	sb.api('vsms', 'vsms/tpl_batch_send', (fields) => {
		const failure = missing(fields, 'mobile', 'tpl_id');
		if (failure) return failure;
		const list = mobiles(fields, { max: sb.maxBatch });
		if (isResponse(list)) return list;
		const template = sb.videoTemplates.get(Number(fields.tpl_id));
		if (!template) return yunpianError(5, `视频模板 ${fields.tpl_id} 不存在`);
		if (template.check_status !== 'SUCCESS') return yunpianError(7, `视频模板 ${fields.tpl_id} 不可用`);
		const data = list.map((mobile) => {
			const sid = sb.newSid();
			return { code: 0, msg: '发送成功', count: 1, fee: 0.2, unit: 'RMB', mobile, sid: sb.bare(sid) };
		});
		return sb.json({ total_count: data.length, total_fee: (data.length * 0.2).toFixed(4), unit: 'RMB', data });
	});
}
