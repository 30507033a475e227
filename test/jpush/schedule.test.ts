import { appAuth, byId, expectNoSecrets, jsonOf, useJPush, vars } from './setup';

const { sandbox, run, received } = useJPush();

const AT = '2099-01-01 09:30:00';
const SCHEDULE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

type Recipients = { recipients: Array<{ mobile: string }> };
const listed = () => received().filter((r) => r.method !== 'GET').map((r) => (r.body as Recipients).recipients.map((x) => x.mobile));

describe('JPush Scheduled Message', () => {
	test('Create posts send_time (Beijing time) with the message and outputs the schedule ID (no message ID yet)', async () => {
		const result = await run(create({ sendTime: '2099-01-01T01:30:00.000Z' }));
		expect(result.error).toBeUndefined();
		expect(received()[0]).toMatchObject({ method: 'POST', path: '/v1/schedule', body: { send_time: AT, mobile: '13800138000', temp_id: 1002, temp_para: { number: 'SO-1' } } });
		expect(received()[0].headers.authorization).toBe(appAuth);
		const scheduleId = String(result.items[0].json.scheduleId);
		expect(scheduleId).toMatch(SCHEDULE);
		expect(jsonOf(result)).toEqual([{ success: true, mobile: '13800138000', messageId: null, templateId: 1002, sendTime: AT, tempPara: { number: 'SO-1' }, scheduleId }]);
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

	test('Create with Continue On Fail: a refused item is an error item, the others are scheduled', async () => {
		const result = await run(create({ mobile: '={{ $json.mobile }}', variables: vars({ number: '={{ $json.order }}' }) }), { input, continueOnFail: true });
		expect(result.items.map((i) => [i.json.mobile, i.json.success, i.json.errorCode ?? null, i.pairedItem])).toEqual([
			['13800000001', true, null, { item: 0 }],
			['13900000024', false, '50024', { item: 1 }],
			['13800000003', true, null, { item: 2 }],
		]);
		expect(result.items[0].json.scheduleId).toMatch(SCHEDULE);
		expect(result.items[1].json.scheduleId).toBeUndefined();
		expect(sandbox.schedules.size).toBe(2);
	});

	test('Update replaces a single schedule with PUT; Get and Delete use the same ID', async () => {
		const made = await run(create());
		const scheduleId = String(made.items[0].json.scheduleId);
		const updated = await run(create({ operation: 'update', scheduleId, mobile: '13900139000', sendTime: '2099-02-02 10:00:00' }));
		expect(updated.error).toBeUndefined();
		expect(received().at(-1)).toMatchObject({ method: 'PUT', path: `/v1/schedule/${scheduleId}`, body: { send_time: '2099-02-02 10:00:00', mobile: '13900139000', temp_id: 1002 } });
		expect(jsonOf(updated)).toEqual([{ success: true, mobile: '13900139000', messageId: null, templateId: 1002, sendTime: '2099-02-02 10:00:00', tempPara: { number: 'SO-1' }, scheduleId }]);
		const got = await run({ resource: 'scheduledMessage', operation: 'get', scheduleId });
		expect(received().at(-1)).toMatchObject({ method: 'GET', path: `/v1/schedule/${scheduleId}` });
		expect(jsonOf(got)).toEqual([{
			scheduleId,
			sendTime: '2099-02-02 10:00:00',
			templateId: 1002,
			recipients: [{ messageId: expect.stringMatching(/^\d{12}$/), mobile: '13900139000', tempPara: { number: 'SO-1' } }],
		}]);
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

	test('Create Batch merges items into one batch schedule; failures from failure_recipients, the rest were accepted', async () => {
		const result = await run(batch('createBatch', { options: { checkTemplate: false, tag: 'b' } }), { input });
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(received()[0]).toMatchObject({
			method: 'POST',
			path: '/v1/schedule/batch',
			body: { send_time: AT, temp_id: 1002, tag: 'b', recipients: input.map(({ mobile, order }) => ({ mobile, temp_para: { number: order } })) },
		});
		const scheduleId = String(result.items[0].json.scheduleId);
		expect(scheduleId).toMatch(SCHEDULE);
		expect(jsonOf(result)).toEqual([
			{ success: true, mobile: '13800000001', messageId: null, templateId: 1002, sendTime: AT, tempPara: { number: 'B1' }, scheduleId },
			{
				success: false,
				mobile: '13900000024',
				messageId: null,
				error: 'The number has unsubscribed (unsubscribed mobile)',
				errorCode: '50024',
				templateId: 1002,
				sendTime: AT,
				tempPara: { number: 'B2' },
				scheduleId,
				errorMessage: 'unsubscribed mobile',
			},
			{ success: true, mobile: '13800000003', messageId: null, templateId: 1002, sendTime: AT, tempPara: { number: 'B3' }, scheduleId },
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(sandbox.schedules.get(scheduleId)?.recipients.map((r) => r.mobile)).toEqual(['13800000001', '13800000003']);
	});

	test('Create Batch: items with another send time become another schedule; Batch Size splits a group into several', async () => {
		const timed = [{ ...input[0], at: AT }, { ...input[2], at: '2099-03-03 08:00:00' }, { mobile: '13800000005', order: 'B5', at: AT }, { mobile: '13800000006', order: 'B6', at: AT }];
		const result = await run(batch('createBatch', { sendTime: '={{ $json.at }}', options: { checkTemplate: false, batchSize: 2 } }), { input: timed });
		expect(result.error).toBeUndefined();
		expect(received().map((r) => (r.body as { send_time: string }).send_time)).toEqual([AT, AT, '2099-03-03 08:00:00']);
		expect(listed()).toEqual([['13800000001', '13800000005'], ['13800000006'], ['13800000003']]);
		const ids = jsonOf(result).map((j) => j.scheduleId);
		expect(new Set(ids).size).toBe(3);
		expect(ids[0]).toBe(ids[2]);
		expect(jsonOf(result).map((j) => j.mobile)).toEqual(timed.map((t) => t.mobile));
	});

	describe('Create Batch when a later request fails after earlier ones were accepted', () => {
		const split = [{ mobile: '13800000001,13800000002', order: 'C1' }, { mobile: '13800000003', order: 'C2' }];
		const parameters = batch('createBatch', { options: { checkTemplate: false, batchSize: 2 } });

		test('Continue On Fail keeps the scheduled numbers with their schedule ID and gives the refused ones error items', async () => {
			sandbox.appBalance.app_industry = 2;
			const result = await run(parameters, { input: split, continueOnFail: true });
			expect(listed()).toEqual([['13800000001', '13800000002'], ['13800000003']]);
			const [scheduleId] = [...sandbox.schedules.keys()];
			expect(sandbox.schedules.size).toBe(1);
			expect(result.items.map((i) => [i.json.mobile, i.json.success, i.json.scheduleId ?? null, i.json.errorCode ?? null, i.pairedItem])).toEqual([
				['13800000001', true, scheduleId, null, { item: 0 }],
				['13800000002', true, scheduleId, null, { item: 0 }],
				['13800000003', false, null, '50014', { item: 1 }],
			]);
		});

		test('without it, the error names how many numbers were already scheduled', async () => {
			sandbox.appBalance.app_industry = 2;
			const result = await run(parameters, { input: split });
			expect(result.error?.message).toBe('JPush SMS error 50014: Not enough SMS quota left (no money)');
			expect(result.error?.description).toContain('2 number(s) were already accepted by earlier requests of this run: check the scheduled messages in the JPush console');
		});
	});

	test('Update Batch puts the whole list in one PUT per Schedule ID', async () => {
		const made = await run(batch('createBatch'), { input });
		const scheduleId = String(made.items[0].json.scheduleId);
		sandbox.server.clearRequests();
		const result = await run(batch('updateBatch', { scheduleId }), { input: [input[0], { mobile: '13800000009', order: 'B9' }] });
		expect(result.error).toBeUndefined();
		expect(received()).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: `/v1/schedule/batch/${scheduleId}`,
				body: { send_time: AT, temp_id: 1002, recipients: [{ mobile: '13800000001', temp_para: { number: 'B1' } }, { mobile: '13800000009', temp_para: { number: 'B9' } }] },
			}),
		]);
		expect(jsonOf(result)).toEqual([
			{ success: true, mobile: '13800000001', messageId: null, templateId: 1002, sendTime: AT, tempPara: { number: 'B1' }, scheduleId },
			{ success: true, mobile: '13800000009', messageId: null, templateId: 1002, sendTime: AT, tempPara: { number: 'B9' }, scheduleId },
		]);
		expect(sandbox.schedules.get(scheduleId)?.recipients.map((r) => r.mobile)).toEqual(['13800000001', '13800000009']);
	});

	test('Update Batch refuses more than 1000 recipients for one schedule, sending nothing', async () => {
		const many = Array.from({ length: 1001 }, (_x, i) => ({ mobile: `1380${String(i).padStart(7, '0')}`, order: 'x' }));
		const result = await run(batch('updateBatch', { scheduleId: '1a886e7c-a267-49e6-9970-0d396ca5bb1e' }), { input: many });
		expect(result.error?.message).toBe('Mobile Numbers: 1001 recipients must go in one request; JPush SMS takes at most 1000 [item 0]');
		expect(received()).toHaveLength(0);
	});

	describe('Update Batch refuses what would make one schedule two requests, before sending anything', () => {
		const scheduleId = '1a886e7c-a267-49e6-9970-0d396ca5bb1e';

		test('items of one schedule with another template', async () => {
			const result = await run(batch('updateBatch', { scheduleId, templateId: byId('={{ $json.template }}') }), {
				input: [{ ...input[0], template: '1002' }, { ...input[2], template: '1003' }],
			});
			expect(result.error?.message).toBe(`Schedule ID: schedule ${scheduleId} gets another send time, template, signature or tag here than in item 0 [item 1]`);
			expect(received()).toHaveLength(0);
		});

		test('a number given twice for one schedule', async () => {
			const result = await run(batch('updateBatch', { scheduleId }), { input: [input[0], { mobile: '13800000001', order: 'again' }] });
			expect(result.error?.message).toBe(`Mobile Numbers: 13800000001 is already a recipient of schedule ${scheduleId} in an earlier item [item 1]`);
			expect(received()).toHaveLength(0);
		});
	});

	test('Update Batch with Continue On Fail leaves a schedule unchanged when one of its items is bad, and replaces the others', async () => {
		const first = await run(batch('createBatch'), { input });
		const second = await run(batch('createBatch', { templateId: byId(1006), variables: {} }), { input: [input[0]] });
		const kept = String(first.items[0].json.scheduleId);
		const replaced = String(second.items[0].json.scheduleId);
		sandbox.server.clearRequests();
		const items = [
			{ schedule: kept, mobile: '13800000007', order: 'K1' },
			{ schedule: replaced, mobile: '13800000008', order: 'R1' },
			{ schedule: kept, mobile: 'oops', order: 'K2' },
		];
		const result = await run(batch('updateBatch', { scheduleId: '={{ $json.schedule }}' }), { input: items, continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /v1/schedule/batch/${replaced}`]);
		expect(result.items.map((i) => [i.json.mobile, i.json.success, i.json.errorCode, i.pairedItem])).toEqual([
			['13800000007', false, 'INVALID_INPUT', { item: 0 }],
			['13800000008', true, undefined, { item: 1 }],
			[null, false, 'INVALID_INPUT', { item: 2 }],
		]);
		expect(result.items[0].json.error).toBe(`Schedule ID: item 2 of schedule ${kept} could not be read, so its new recipient list would be incomplete and the schedule is left unchanged [item 0]`);
		expect(result.items[2].json.error).toMatch(/Mobile Numbers: "oops"/);
		expect(sandbox.schedules.get(kept)?.recipients.map((r) => r.mobile)).toEqual(['13800000001', '13800000003']);
		expect(sandbox.schedules.get(replaced)?.recipients.map((r) => r.mobile)).toEqual(['13800000008']);
	});

	test('Update of a batch schedule through the single endpoint is JPush’s 50028; no secret leaks', async () => {
		const made = await run(batch('createBatch'), { input });
		const result = await run(create({ operation: 'update', scheduleId: String(made.items[0].json.scheduleId) }));
		expect(result.error?.message).toMatch(/^JPush SMS error 50028/);
		expectNoSecrets(result);
	});
});
