import { appAuth, byId, expectNoSecrets, jsonOf, useJPush, vars } from './setup';

const { sandbox, run, received } = useJPush();

const AT = '2099-01-01 09:30:00';

const create = (extra: Record<string, unknown> = {}) => ({
	resource: 'scheduledMessage',
	operation: 'create',
	sendTime: AT,
	mobile: '13800138000',
	templateId: byId(1002),
	variables: vars({ number: 'SO-1' }),
	options: { checkTemplate: false },
	...extra,
});

const batch = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'scheduledMessage',
	operation,
	sendTime: AT,
	mobiles: '={{ $json.mobile }}',
	templateId: byId(1002),
	variables: vars({ number: '={{ $json.order }}' }),
	options: { checkTemplate: false },
	...extra,
});

const input = [
	{ mobile: '13800000001', order: 'B1' },
	{ mobile: '13900000024', order: 'B2' },
	{ mobile: '13800000003', order: 'B3' },
];

describe('JPush Scheduled Message', () => {
	test('Create posts send_time (Beijing time) with the message and outputs the schedule ID', async () => {
		const result = await run(create({ sendTime: '2099-01-01T01:30:00.000Z' }));
		expect(result.error).toBeUndefined();
		expect(received()[0]).toMatchObject({ method: 'POST', path: '/v1/schedule', body: { send_time: AT, mobile: '13800138000', temp_id: 1002, temp_para: { number: 'SO-1' } } });
		expect(received()[0].headers.authorization).toBe(appAuth);
		const scheduleId = String(result.items[0].json.scheduleId);
		expect(scheduleId).toMatch(/^[0-9a-f-]{36}$/);
		expect(jsonOf(result)).toEqual([{ scheduleId, sendTime: AT, mobile: '13800138000', templateId: 1002 }]);
		expect(sandbox.schedules.get(scheduleId)?.status).toBe('pending');
	});

	test.each([
		['a time in the past', { sendTime: '2020-01-01 00:00:00' }, /Send Time: 2020-01-01 00:00:00 \(Beijing time\) is not in the future/],
		['text that is not a time', { sendTime: 'soon' }, /Send Time: "soon" is not a date and time/],
	])('Create refuses %s before sending', async (_name, extra, message) => {
		const result = await run(create(extra));
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('Update replaces a single schedule with PUT; Get and Delete use the same ID', async () => {
		const made = await run(create());
		const scheduleId = String(made.items[0].json.scheduleId);
		const updated = await run(create({ operation: 'update', scheduleId, mobile: '13900139000', sendTime: '2099-02-02 10:00:00' }));
		expect(updated.error).toBeUndefined();
		expect(received().at(-1)).toMatchObject({ method: 'PUT', path: `/v1/schedule/${scheduleId}`, body: { send_time: '2099-02-02 10:00:00', mobile: '13900139000', temp_id: 1002 } });
		const got = await run({ resource: 'scheduledMessage', operation: 'get', scheduleId });
		expect(received().at(-1)).toMatchObject({ method: 'GET', path: `/v1/schedule/${scheduleId}` });
		expect(jsonOf(got)).toEqual([{ schedule_id: scheduleId, send_time: '2099-02-02 10:00:00', temp_id: 1002, recipients: [{ msg_id: expect.stringMatching(/^\d{12}$/), mobile: '13900139000', temp_para: { number: 'SO-1' } }] }]);
		const deleted = await run({ resource: 'scheduledMessage', operation: 'delete', scheduleId });
		expect(received().at(-1)).toMatchObject({ method: 'DELETE', path: `/v1/schedule/${scheduleId}`, rawBody: '' });
		expect(deleted.items).toEqual([{ json: { deleted: true, scheduleId }, pairedItem: { item: 0 } }]);
		const again = await run({ resource: 'scheduledMessage', operation: 'delete', scheduleId });
		expect(again.error?.message).toMatch(/^JPush SMS error 50029: The scheduled message was already sent or deleted/);
	});

	test('Get of an unknown schedule is 50028', async () => {
		const result = await run({ resource: 'scheduledMessage', operation: 'get', scheduleId: '1a886e7c-a267-49e6-9970-0d396ca5bb1e' });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: expect.stringMatching(/^JPush SMS error 50028/), httpCode: '403' });
	});

	test('Create Batch merges items into one batch schedule; failures from failure_recipients, the rest succeeded', async () => {
		const result = await run(batch('createBatch', { options: { checkTemplate: false, tag: 'b' } }), { input });
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(received()[0]).toMatchObject({
			method: 'POST',
			path: '/v1/schedule/batch',
			body: { send_time: AT, temp_id: 1002, tag: 'b', recipients: input.map(({ mobile, order }) => ({ mobile, temp_para: { number: order } })) },
		});
		const scheduleId = String(result.items[0].json.scheduleId);
		expect(jsonOf(result).map((j) => [j.mobile, j.scheduleId, j.success, j.errorCode ?? null])).toEqual([
			['13800000001', scheduleId, true, null],
			['13900000024', scheduleId, false, '50024'],
			['13800000003', scheduleId, true, null],
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('Update Batch puts the whole list in one PUT per Schedule ID', async () => {
		const made = await run(batch('createBatch'), { input });
		const scheduleId = String(made.items[0].json.scheduleId);
		sandbox.server.clearRequests();
		const result = await run(batch('updateBatch', { scheduleId }), { input: input.slice(0, 1) });
		expect(result.error).toBeUndefined();
		expect(received()).toEqual([expect.objectContaining({ method: 'PUT', path: `/v1/schedule/batch/${scheduleId}`, body: { send_time: AT, temp_id: 1002, recipients: [{ mobile: '13800000001', temp_para: { number: 'B1' } }] } })]);
		expect(jsonOf(result)).toEqual([{ mobile: '13800000001', scheduleId, success: true, msgId: null, templateId: 1002, tempPara: { number: 'B1' } }]);
		expect(sandbox.schedules.get(scheduleId)?.recipients.map((r) => r.mobile)).toEqual(['13800000001']);
	});

	test('Update Batch refuses more than 1000 recipients for one schedule, sending nothing', async () => {
		const many = Array.from({ length: 1001 }, (_x, i) => ({ mobile: `1380${String(i).padStart(7, '0')}`, order: 'x' }));
		const result = await run(batch('updateBatch', { scheduleId: '1a886e7c-a267-49e6-9970-0d396ca5bb1e' }), { input: many });
		expect(result.error?.message).toMatch(/Mobile Numbers: 1001 recipients for one request; JPush takes at most 1000 \[item 0\]/);
		expect(received()).toHaveLength(0);
	});

	test('Update of a batch schedule through the single endpoint is JPush’s 50028; no secret leaks', async () => {
		const made = await run(batch('createBatch'), { input });
		const result = await run(create({ operation: 'update', scheduleId: String(made.items[0].json.scheduleId) }));
		expect(result.error?.message).toMatch(/^JPush SMS error 50028/);
		expectNoSecrets(result);
	});
});
