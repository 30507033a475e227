import type { IDataObject } from 'n8n-workflow';

import { runPoll } from '../harness/runWorkflow';
import { aliyunTestCredentials, type SandboxRecord } from '../sandbox/aliyun';
import { useAliyun } from './setup';

const { sandbox, received, baseUrl } = useAliyun();
const TYPE = 'n8n-nodes-china-sms.aliyunSmsPullTrigger';
const poll = (parameters: Record<string, unknown>, staticData: IDataObject) =>
	runPoll({ type: TYPE, credentialType: 'aliyunSmsApi', parameters: parameters as never }, { aliyunSmsApi: { ...aliyunTestCredentials, endpoint: 'dysmsapi.aliyuncs.com', baseUrl: baseUrl() } }, staticData);

const record = (phone: string, outId: string, minutesAgo = 1): SandboxRecord => ({
	bizId: `b-${outId}`, phone, signName: 'ACME', templateCode: 'SMS_100000001', content: `【ACME】${outId}`, outId, sentAt: Date.now() - minutesAgo * 60_000, sendStatus: 1, errCode: '', segments: 1, extendCode: '',
});

describe('Aliyun SMS Pull Trigger', () => {
	test('asks QuerySendDetails for each number, yesterday and today; the first poll remembers, later polls emit new results once', async () => {
		sandbox.records.push(record('13800138000', 'old'));
		await sandbox.deliver();
		const staticData = {};
		const parameters = { mobiles: '13800138000, 13800138004', events: ['delivered', 'failed'], options: {} };
		expect(await poll(parameters, staticData)).toBeNull();
		const days = [1, 0].map((back) => new Date(Date.now() + 8 * 3600_000 - back * 86_400_000).toISOString().slice(0, 10).replace(/-/g, ''));
		expect(received().map((r) => [r.headers['x-acs-action'], r.query.PhoneNumber, r.query.SendDate])).toEqual([
			['QuerySendDetails', '13800138000', days[0]],
			['QuerySendDetails', '13800138000', days[1]],
			['QuerySendDetails', '13800138004', days[0]],
			['QuerySendDetails', '13800138004', days[1]],
		]);
		sandbox.records.push(record('13800138000', 'new'), record('13800138004', 'lost'), record('13800138000', 'waiting'));
		const pending = sandbox.records.at(-1)!;
		await sandbox.deliver();
		pending.sendStatus = 1;
		const second = await poll(parameters, staticData);
		expect(second?.[0].map((item) => [item.json.mobile, item.json.status, item.json.outId])).toEqual([
			['13800138000', 'delivered', 'new'],
			['13800138004', 'failed', 'lost'],
		]);
		expect(await poll(parameters, staticData)).toBeNull();
		pending.sendStatus = 3;
		pending.errCode = 'DELIVERED';
		expect((await poll(parameters, staticData))?.[0].map((item) => item.json.outId)).toEqual(['waiting']);
	});

	test('Include Results From Before Publishing emits what exists; Trigger On filters', async () => {
		sandbox.records.push(record('13800138000', 'a'), record('13800138004', 'b'));
		await sandbox.deliver();
		const result = await poll({ mobiles: '13800138000,13800138004', events: ['failed'], options: { emitExisting: true } }, {});
		expect(result?.[0].map((item) => [item.json.status, item.json.errorCode])).toEqual([['failed', 'MOBILE_NOT_ON_SERVICE']]);
	});

	test('a bad number list stops the poll with the field named; nothing is asked', async () => {
		await expect(poll({ mobiles: 'abc', events: ['delivered'], options: {} }, {})).rejects.toThrow(/^Mobile Numbers: "abc" is not a mobile number/);
		await expect(poll({ mobiles: Array.from({ length: 51 }, (_, i) => String(13800000000 + i)).join(','), events: ['delivered'], options: {} }, {})).rejects.toThrow(/51 numbers given/);
		expect(received()).toHaveLength(0);
	});
});
