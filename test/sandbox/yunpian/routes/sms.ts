import type { SandboxResponse } from '../../kit/types';
import { badTimes, decodeStrict, fill, intField, isResponse, missing, mobiles, smsTplValue, type Check } from '../checks';
import { ERROR_MSG, refusedEntry, yunpianError } from '../errors';
import { BLACKLISTED_MOBILE, beijingTime, matchesTemplate, PRICE_PER_SEGMENT, segmentsOf, SendTimes, type SandboxMessage } from '../state';
import type { Fields, YunpianSandbox } from '../yunpianSandbox';

const MAX_TEXT = 500;
const EXTRA_FIELDS = ['extend', 'uid', 'callback_url', 'register', 'mobile_stat', 'tpl_id'];

/** The checks of a text (yunpian.md §6 step 6): 【signature】 (16), approved (15), blocked words (4), length (2). */
function textFailure(sb: YunpianSandbox, text: string): Check {
	const signed = /^【([^【】]+)】/.exec(text);
	if (!signed) return yunpianError(16, '短信内容必须以【签名】开头');
	if (sb.signatures.get(signed[1])?.check_status !== 'SUCCESS') return yunpianError(15, `签名【${signed[1]}】未审核通过`);
	const blocked = sb.blackWords.filter((word) => text.includes(word));
	if (blocked.length) return yunpianError(4, `包含屏蔽词: ${blocked.join(',')}`);
	if ([...text].length > MAX_TEXT) return yunpianError(2, `text 超过 ${MAX_TEXT} 个字`);
	return undefined;
}

/** A text send must match an approved template (智能匹配, code 5). */
function matchFailure(sb: YunpianSandbox, text: string): Check {
	const approved = [...sb.templates.values()].filter((template) => template.check_status === 'SUCCESS');
	return approved.some((template) => matchesTemplate(template.tpl_content, text)) ? undefined : yunpianError(5, '未自动匹配到合适的模板');
}

const sendTimes = new WeakMap<YunpianSandbox, SendTimes>();

/**
 * Per-number rules: blacklist (10), same text within 30 s (8), more than 3 in 5 minutes (9). 0 = fine.
 * `pending`: how many times each mobile + text was already accepted earlier in this request.
 */
function perMobile(sb: YunpianSandbox, mobile: string, text: string, pending: Map<string, number>): number {
	if (mobile === BLACKLISTED_MOBILE) return 10;
	const at = sb.now().getTime();
	if (!sendTimes.has(sb)) sendTimes.set(sb, new SendTimes());
	const earlier = sendTimes.get(sb)!.of(sb.messages, mobile, text).filter((sent) => at - sent < 5 * 60_000);
	const inThisRequest = pending.get(`${mobile}\u0000${text}`) ?? 0;
	if (inThisRequest > 0 || earlier.some((sent) => at - sent < 30_000)) return 8;
	return earlier.length + inThisRequest >= 3 ? 9 : 0;
}

interface Planned {
	mobile: string;
	text: string;
	code: number;
}

/** Checks every number, then the balance for the whole request (code 3), then records what is accepted. */
function sendAll(sb: YunpianSandbox, planned: Array<{ mobile: string; text: string }>, source: string, fields: Fields): Array<Record<string, unknown>> | SandboxResponse {
	const checked: Planned[] = [];
	const pending = new Map<string, number>();
	for (const entry of planned) {
		const code = perMobile(sb, entry.mobile, entry.text, pending);
		if (code === 0) pending.set(`${entry.mobile}\u0000${entry.text}`, (pending.get(`${entry.mobile}\u0000${entry.text}`) ?? 0) + 1);
		checked.push({ ...entry, code });
	}
	const cost = checked.filter((entry) => entry.code === 0).reduce((sum, entry) => sum + segmentsOf(entry.text) * PRICE_PER_SEGMENT, 0);
	if (cost > sb.account.balance + 1e-9) return yunpianError(3, '账户需要充值，请充值后重试');
	const extra = Object.fromEntries(EXTRA_FIELDS.filter((name) => fields[name] !== undefined).map((name) => [name, fields[name]]));
	return checked.map((entry) => {
		if (entry.code !== 0) return refusedEntry(entry.code, entry.mobile);
		const now = sb.now();
		const segments = segmentsOf(entry.text);
		const message: SandboxMessage = {
			sid: sb.newSid(),
			mobile: entry.mobile,
			text: entry.text,
			send_time: beijingTime(now),
			fee: segments,
			uid: fields.uid ?? null,
			send_status: 'SUCCESS',
			report_status: entry.mobile.endsWith('0') ? 'FAIL' : 'SUCCESS',
			user_receive_time: beijingTime(now),
			error_msg: entry.mobile.endsWith('0') ? 'DB:0103' : 'DELIVRD',
			source,
			extra,
			at: now.getTime(),
		};
		sb.messages.push(message);
		sb.account.balance = Math.round((sb.account.balance - segments * PRICE_PER_SEGMENT) * 10000) / 10000;
		sb.smsReports.push({
			sid: sb.bare(message.sid),
			uid: message.uid,
			user_receive_time: message.user_receive_time,
			error_msg: message.error_msg,
			error_detail: message.report_status === 'SUCCESS' ? '接收成功' : '空号',
			mobile: message.mobile,
			report_status: message.report_status,
		});
		return { code: 0, msg: '发送成功', count: segments, fee: segments * PRICE_PER_SEGMENT, unit: 'RMB', mobile: entry.mobile, sid: sb.bare(message.sid) };
	});
}

/** A single send answers its one entry, or fails the request with the entry's code. */
function single(sb: YunpianSandbox, entries: Array<Record<string, unknown>> | SandboxResponse): SandboxResponse {
	if (isResponse(entries)) return entries;
	const [entry] = entries;
	if (entry.code !== 0) return yunpianError(Number(entry.code), ERROR_MSG[Number(entry.code)] ?? '发送失败');
	return sb.json(entry);
}

function batch(sb: YunpianSandbox, entries: Array<Record<string, unknown>> | SandboxResponse): SandboxResponse {
	if (isResponse(entries)) return entries;
	const ok = entries.filter((entry) => entry.code === 0);
	const totalFee = ok.reduce((sum, entry) => sum + Number(entry.fee), 0);
	return sb.json({ total_count: ok.reduce((sum, entry) => sum + Number(entry.count), 0), total_fee: totalFee.toFixed(4), unit: 'RMB', data: entries });
}

/** The filled-in text of a template send (yunpian.md §6 step 7): id (2), exists (5), approved (7), tpl_value (2). */
function templateText(sb: YunpianSandbox, fields: Fields): string | SandboxResponse {
	if (!/^\d+$/.test(fields.tpl_id)) return yunpianError(2, 'tpl_id 必须是数字');
	if (fields.tpl_value === undefined) return yunpianError(1, 'tpl_value 不能为空');
	const template = sb.templates.get(Number(fields.tpl_id));
	if (!template) return yunpianError(5, `模板 ${fields.tpl_id} 不存在`);
	if (template.check_status !== 'SUCCESS') return yunpianError(7, `模板 ${fields.tpl_id} 未审核通过`);
	const values = smsTplValue(fields.tpl_value);
	if (isResponse(values)) return values;
	const text = fill(template.tpl_content, values);
	if (isResponse(text)) return text;
	return textFailure(sb, text) ?? text;
}

function inPeriod(time: string, fields: Fields): boolean {
	return time >= fields.start_time && time <= fields.end_time;
}

export function registerSmsRoutes(sb: YunpianSandbox): void {
	sb.api('sms', 'sms/single_send', (fields) => {
		const failure = missing(fields, 'mobile', 'text');
		if (failure) return failure;
		const list = mobiles(fields, { single: true, international: true });
		if (isResponse(list)) return list;
		const textProblem = textFailure(sb, fields.text) ?? matchFailure(sb, fields.text);
		return textProblem ?? single(sb, sendAll(sb, [{ mobile: list[0], text: fields.text }], 'single_send', fields));
	});

	sb.api('sms', 'sms/batch_send', (fields) => {
		const failure = missing(fields, 'mobile', 'text');
		if (failure) return failure;
		const list = mobiles(fields, { max: sb.maxBatch });
		if (isResponse(list)) return list;
		const textProblem = textFailure(sb, fields.text) ?? matchFailure(sb, fields.text);
		return textProblem ?? batch(sb, sendAll(sb, list.map((mobile) => ({ mobile, text: fields.text })), 'batch_send', fields));
	});

	sb.api('sms', 'sms/multi_send', (fields) => {
		const failure = missing(fields, 'mobile', 'text');
		if (failure) return failure;
		const list = mobiles(fields, { max: sb.maxBatch });
		if (isResponse(list)) return list;
		const texts = fields.text.split(',').map(decodeStrict);
		if (texts.some((text) => text === undefined)) return yunpianError(2, 'text 须逐条 urlencode 后以逗号连接');
		if (texts.length !== list.length) return yunpianError(25, `${list.length} 个号码, ${texts.length} 条内容`);
		for (const text of texts as string[]) {
			const textProblem = textFailure(sb, text) ?? matchFailure(sb, text);
			if (textProblem) return textProblem;
		}
		return batch(sb, sendAll(sb, list.map((mobile, i) => ({ mobile, text: texts[i] as string })), 'multi_send', fields));
	});

	sb.api('sms', 'sms/tpl_single_send', (fields) => {
		const failure = missing(fields, 'mobile', 'tpl_id');
		if (failure) return failure;
		const list = mobiles(fields, { single: true, international: true });
		if (isResponse(list)) return list;
		const text = templateText(sb, fields);
		return isResponse(text) ? text : single(sb, sendAll(sb, [{ mobile: list[0], text }], 'tpl_single_send', fields));
	});

	sb.api('sms', 'sms/tpl_batch_send', (fields) => {
		const failure = missing(fields, 'mobile', 'tpl_id');
		if (failure) return failure;
		const list = mobiles(fields, { max: sb.maxBatch });
		if (isResponse(list)) return list;
		const text = templateText(sb, fields);
		return isResponse(text) ? text : batch(sb, sendAll(sb, list.map((mobile) => ({ mobile, text })), 'tpl_batch_send', fields));
	});

	sb.api('sms', 'sms/pull_status', (fields) => {
		const size = intField(fields, 'page_size', 20, 1, 100);
		return isResponse(size) ? size : sb.json(sb.smsReports.splice(0, size));
	});

	sb.api('sms', 'sms/pull_reply', (fields) => {
		const size = intField(fields, 'page_size', 20, 1, 100);
		return isResponse(size) ? size : sb.json(sb.pendingReplies.splice(0, size));
	});

	sb.api('sms', 'sms/get_reply', (fields) => {
		const failure = missing(fields, 'start_time', 'end_time', 'page_num', 'page_size') ?? badTimes(fields, 'start_time', 'end_time');
		if (failure) return failure;
		const pageNum = intField(fields, 'page_num', 1, 1, 1_000_000);
		const pageSize = intField(fields, 'page_size', 20, 1, 100);
		if (isResponse(pageNum)) return pageNum;
		if (isResponse(pageSize)) return pageSize;
		const rows = sb.replies.filter((reply) => inPeriod(reply.reply_time, fields) && (!fields.mobile || reply.mobile === fields.mobile));
		return sb.json(rows.slice((pageNum - 1) * pageSize, pageNum * pageSize));
	});

	sb.api('sms', 'sms/get_record', (fields) => {
		const failure = missing(fields, 'start_time', 'end_time') ?? badTimes(fields, 'start_time', 'end_time');
		if (failure) return failure;
		if (fields.type && !['all', 'global'].includes(fields.type)) return yunpianError(2, 'type 只能是 all 或 global');
		const pageNum = intField(fields, 'page_num', 1, 1, 1_000_000);
		const pageSize = intField(fields, 'page_size', 20, 1, 100);
		if (isResponse(pageNum)) return pageNum;
		if (isResponse(pageSize)) return pageSize;
		const scope = (mobile: string) => fields.type === 'all' || (fields.type === 'global' ? mobile.startsWith('+') : !mobile.startsWith('+'));
		const rows = sb.messages.filter((m) => inPeriod(m.send_time, fields) && (!fields.mobile || m.mobile === fields.mobile) && scope(m.mobile));
		const page = rows.slice((pageNum - 1) * pageSize, pageNum * pageSize).map((m) => ({
			sid: sb.bare(m.sid),
			mobile: m.mobile,
			send_time: m.send_time,
			text: m.text,
			send_status: m.send_status,
			report_status: m.report_status,
			fee: m.fee,
			user_receive_time: m.user_receive_time,
			error_msg: m.error_msg,
			uid: m.uid,
		}));
		return sb.json(page);
	});

	sb.api('sms', 'sms/get_black_word', (fields) => {
		const failure = missing(fields, 'text');
		return failure ?? sb.json({ result: sb.blackWords.filter((word) => fields.text.includes(word)).join(',') });
	});

	sb.api('sms', 'sms/count', (fields) => {
		const failure = missing(fields, 'start_time', 'end_time') ?? badTimes(fields, 'start_time', 'end_time');
		if (failure) return failure;
		return sb.json({ total: sb.messages.filter((m) => inPeriod(m.send_time, fields) && (!fields.mobile || m.mobile === fields.mobile)).length });
	});

	sb.api('sms', 'sms/reg_complete', (fields) => {
		const failure = missing(fields, 'mobile') ?? badTimes(fields, 'time');
		if (failure) return failure;
		const list = mobiles(fields, { single: true, international: true });
		if (isResponse(list)) return list;
		sb.registrations.push({ mobile: list[0], time: fields.time ?? beijingTime(sb.now()) });
		return sb.json({ code: 0, msg: 'OK' });
	});
}
