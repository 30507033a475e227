import type { IDataObject } from 'n8n-workflow';

import { byId, useJPush, vars } from './setup';

const { run } = useJPush();

const AT = '2099-01-01 09:30:00';
const message = { templateId: byId(1002), variables: vars({ number: '={{ $json.order }}' }), options: { checkTemplate: false } };
/** One number JPush accepts and one it refuses (unsubscribed, 50024), one per item. */
const input = [{ mobile: '13800000001', order: 'S1' }, { mobile: '13900000024', order: 'S2' }];

/** A schedule to replace, created through the node. */
async function existingSchedule(operation: 'create' | 'createBatch'): Promise<string> {
	const made = await run({ resource: 'scheduledMessage', operation, sendTime: AT, mobile: '13800000009', mobiles: '13800000009', ...message }, { input: [{ order: 'x' }] });
	return String(made.items[0].json.scheduleId);
}

interface SendOperation {
	name: string;
	parameters: () => Promise<IDataObject>;
	/** What `messageId` is when the number was accepted: the message's ID, or null for a schedule. */
	accepted: 'message id' | 'schedule';
	/** JPush's own fields of an accepted number's item, after the common ones, in order. */
	extras: string[];
}

const MESSAGE = ['templateId', 'tempPara'];
const SCHEDULE = ['templateId', 'sendTime', 'tempPara', 'scheduleId'];

const operations: SendOperation[] = [
	{ name: 'Message → Send', accepted: 'message id', extras: MESSAGE, parameters: async () => ({ resource: 'message', operation: 'send', mobile: '={{ $json.mobile }}', ...message }) },
	{ name: 'Message → Send Batch', accepted: 'message id', extras: MESSAGE, parameters: async () => ({ resource: 'message', operation: 'sendBatch', mobiles: '={{ $json.mobile }}', ...message }) },
	{ name: 'Scheduled Message → Create', accepted: 'schedule', extras: SCHEDULE, parameters: async () => ({ resource: 'scheduledMessage', operation: 'create', sendTime: AT, mobile: '={{ $json.mobile }}', ...message }) },
	{ name: 'Scheduled Message → Create Batch', accepted: 'schedule', extras: SCHEDULE, parameters: async () => ({ resource: 'scheduledMessage', operation: 'createBatch', sendTime: AT, mobiles: '={{ $json.mobile }}', ...message }) },
	{
		name: 'Scheduled Message → Update',
		accepted: 'schedule',
		extras: SCHEDULE,
		parameters: async () => ({ resource: 'scheduledMessage', operation: 'update', scheduleId: await existingSchedule('create'), sendTime: AT, mobile: '={{ $json.mobile }}', ...message }),
	},
	{
		name: 'Scheduled Message → Update Batch',
		accepted: 'schedule',
		extras: SCHEDULE,
		parameters: async () => ({ resource: 'scheduledMessage', operation: 'updateBatch', scheduleId: await existingSchedule('createBatch'), sendTime: AT, mobiles: '={{ $json.mobile }}', ...message }),
	},
	{ name: 'Verification Code → Send Text Code', accepted: 'message id', extras: ['templateId'], parameters: async () => ({ resource: 'verificationCode', operation: 'sendCode', mobile: '={{ $json.mobile }}', templateId: byId(1001), options: { checkTemplate: false } }) },
	{ name: 'Verification Code → Send Voice Code', accepted: 'message id', extras: [], parameters: async () => ({ resource: 'verificationCode', operation: 'sendVoiceCode', mobile: '={{ $json.mobile }}' }) },
];

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

describe('JPush: one output schema for every send', () => {
	test.each(operations.map((operation) => [operation.name, operation] as const))('%s', async (_name, operation) => {
		const result = await run(await operation.parameters(), { input, continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		const [sent, refused] = result.items.map((item) => item.json);

		// success, mobile, messageId first; then the provider's extras, all camelCase, one name per thing.
		expect(Object.keys(sent)).toEqual(['success', 'mobile', 'messageId', ...operation.extras]);
		expect(sent).toMatchObject({ success: true, mobile: '13800000001' });
		expect(sent).not.toHaveProperty('error');
		expect(sent).not.toHaveProperty('errorCode');
		if (operation.accepted === 'message id') {
			expect(sent.messageId).toMatch(/^\d{12}$/);
			expect(sent).not.toHaveProperty('scheduleId');
		} else {
			expect(sent.messageId).toBeNull();
			expect(sent.scheduleId).toMatch(/^[0-9a-f-]{36}$/);
		}

		// A refused number: messageId null, then error and errorCode.
		expect(Object.keys(refused).slice(0, 5)).toEqual(['success', 'mobile', 'messageId', 'error', 'errorCode']);
		expect(refused).toMatchObject({ success: false, mobile: '13900000024', messageId: null, errorCode: '50024' });
		expect(refused.error).toEqual(expect.stringContaining('The number has unsubscribed'));

		for (const json of [sent, refused]) {
			for (const key of Object.keys(json)) expect(key).toMatch(CAMEL_CASE);
			for (const old of ['msgId', 'tempId', 'signId', 'code', 'response']) expect(json).not.toHaveProperty(old);
		}
	});
});
