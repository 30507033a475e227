import type { IDataObject } from 'n8n-workflow';

import { runPoll } from '../harness/runWorkflow';
import { json, useTencent } from './setup';

const { sandbox, run, calls, credentials } = useTencent();
const spec = { type: 'n8n-nodes-china-sms.tencentSmsPullTrigger', credentialType: 'tencentCloudApi', parameters: { events: ['deliveryReport', 'reply'], options: {} } };
const poll = async (staticData: IDataObject, mode: 'trigger' | 'manual' = 'trigger') => await runPoll(spec, { tencentCloudApi: credentials() }, staticData, mode);
const send = async (...numbers: string[]) =>
	await run({ resource: 'message', operation: 'send', phoneNumbers: numbers.join(','), templateId: { __rl: true, mode: 'id', value: '1110' }, signName: { __rl: true, mode: 'text', value: '腾讯云' }, variablesInput: 'list', variables: { values: [{ value: '1234' }] }, options: { checkTemplate: false } });

describe('Tencent Cloud SMS Pull Trigger', () => {
	test('the first poll drains what waits and remembers it; later polls start the workflow once per new report and reply', async () => {
		await send('13800000001');
		await sandbox.deliver();
		const staticData: IDataObject = {};
		expect(await poll(staticData)).toBeNull();
		expect(calls().slice(-2)).toEqual([
			{ action: 'PullSmsSendStatus', body: { Limit: 100, SmsSdkAppId: '1400006666' } },
			{ action: 'PullSmsReplyStatus', body: { Limit: 100, SmsSdkAppId: '1400006666' } },
		]);
		sandbox.now = () => Date.now() + 60_000;
		expect(json(await send('13800000004'))[0].success).toBe(true);
		await sandbox.deliver();
		await sandbox.reply('+8613800000004', 'TD');
		const items = (await poll(staticData))?.[0].map((item) => item.json);
		expect(items).toEqual([
			expect.objectContaining({ event: 'deliveryReport', phoneNumber: '+8613800000004', delivered: false, reportStatus: 'FAIL', code: 'UNDELIV', serialNo: sandbox.messages[1].SerialNo }),
			expect.objectContaining({ event: 'reply', phoneNumber: '+8613800000004', text: 'TD', signName: '腾讯云' }),
		]);
		expect(await poll(staticData)).toBeNull();
	});

	test('Fetch Test Event pulls nothing and shows Tencent’s sample, marked sample: true', async () => {
		await send('13800000001');
		await sandbox.deliver();
		const items = (await poll({}, 'manual'))?.[0].map((item) => item.json);
		expect(items).toEqual([expect.objectContaining({ event: 'deliveryReport', sample: true, code: 'DELIVRD' }), expect.objectContaining({ event: 'reply', sample: true })]);
		expect(calls().filter((call) => call.action.startsWith('PullSms'))).toEqual([]);
		expect(sandbox.statusQueue).toHaveLength(1);
	});

	test('a pull API not enabled for the app fails the poll with Tencent’s code and what to do', async () => {
		sandbox.apps.get('1400006666')!.pullEnabled = false;
		await expect(poll({})).rejects.toThrow(/^Could not pull delivery reports \(PullSmsSendStatus\): Tencent Cloud SMS error UnauthorizedOperation\.RequestPermissionDeny/);
	});
});
