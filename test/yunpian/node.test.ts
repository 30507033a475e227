import type { INodeProperties } from 'n8n-workflow';

import { Yunpian } from '../../nodes/Yunpian/Yunpian.node';
import { useYunpian } from './setup';

const { run, received } = useYunpian();

/** Every resource's operation values, as released: they must not change. */
const OPERATIONS: Record<string, string[]> = {
	account: ['get', 'update'],
	flow: ['getPackages', 'pullStatus', 'recharge'],
	shortUrl: ['getStats', 'shorten'],
	signature: ['create', 'getMany', 'update'],
	sms: ['checkBlackWords', 'count', 'getRecords', 'getReplies', 'pullStatus', 'pullReplies', 'reportRegistration', 'send', 'sendBatch', 'sendTemplate', 'sendMulti', 'sendTemplateBatch'],
	template: ['create', 'createVoice', 'delete', 'get', 'getDefault', 'getMany', 'update', 'updateVoice'],
	videoSms: ['createTemplate', 'getTemplate', 'send'],
	voice: ['pullStatus', 'sendCode', 'sendNotification'],
};

const properties = new Yunpian().description.properties;
const operationOf = (resource: string): INodeProperties => {
	const found = properties.filter((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource));
	expect(found).toHaveLength(1);
	return found[0];
};
type Option = { name: string; value: string; action?: string };

describe('Yunpian node description', () => {
	test('36 operations, one Operation selector per resource, values unchanged, each with an action, sorted by name', () => {
		const resources = (properties.find((property) => property.name === 'resource')?.options as Option[]).map((option) => option.value);
		expect(resources).toEqual(Object.keys(OPERATIONS));
		let count = 0;
		for (const resource of resources) {
			const selector = operationOf(resource);
			const options = selector.options as Option[];
			expect(options.map((option) => option.value)).toEqual(OPERATIONS[resource]);
			expect(options.map((option) => option.name)).toEqual([...options.map((option) => option.name)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
			expect(options.every((option) => typeof option.action === 'string' && /^[A-Z][^A-Z]*$/.test(option.action.replace(/SMS|URL|UPYUN/g, 'x')))).toBe(true);
			expect(OPERATIONS[resource]).toContain(selector.default);
			count += options.length;
		}
		expect(count).toBe(36);
	});

	test('the batched sends offer Batch Size and Parallel Requests; the single sends do not', () => {
		const optionNames = (resource: string, operation: string) =>
			properties
				.filter((property) => property.name === 'options' && property.displayOptions?.show?.resource?.includes(resource) && property.displayOptions?.show?.operation?.includes(operation))
				.flatMap((property) => (property.options as INodeProperties[]).map((option) => option.name));
		for (const [resource, operation] of [['sms', 'sendBatch'], ['sms', 'sendMulti'], ['sms', 'sendTemplateBatch'], ['videoSms', 'send']]) {
			expect(optionNames(resource, operation)).toEqual(expect.arrayContaining(['batchSize', 'parallelRequests']));
		}
		for (const [resource, operation] of [['sms', 'send'], ['sms', 'sendTemplate'], ['voice', 'sendCode'], ['voice', 'sendNotification']]) {
			expect(optionNames(resource, operation)).not.toContain('parallelRequests');
			expect(optionNames(resource, operation)).not.toContain('batchSize');
		}
	});

	test('an operation the node does not have is refused by the router before any request', async () => {
		const result = await run({ resource: 'sms', operation: 'sendFax' });
		expect(result.error?.message).toBe('The operation "sendFax" of "sms" is not supported');
		expect(received()).toHaveLength(0);
	});
});
