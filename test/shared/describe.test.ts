import type { IExecuteFunctions, INode } from 'n8n-workflow';

import type { SmsProvider } from '../../nodes/shared/provider';
import { requestDescriber } from '../../nodes/shared/transport/describe';

const node: INode = { id: '1', name: 'Send', type: 'test.send', typeVersion: 1, position: [0, 0], parameters: {} };

const provider: SmsProvider = {
	displayName: 'Test SMS',
	credentialType: 'testSmsApi',
	secretFields: ['apiKey'],
	baseUrlField: 'baseUrl',
	errors: {},
	detectFailure: () => undefined,
};

const context = (credentials: Record<string, unknown>) => ({ getNode: () => node, getCredentials: async () => credentials }) as unknown as IExecuteFunctions;

describe('requestDescriber (what Preview Only shows of a request)', () => {
	test('the credential’s Base URL (without trailing slashes), the path, the node’s query and body; no credential value', async () => {
		const describe = await requestDescriber(context({ apiKey: 'secret-key-1234', baseUrl: 'https://sms.example/ ' }), provider, 'https://default.example');
		const described = describe({ method: 'POST', path: '/send', qs: { a: '1', b: 'x y' }, body: { mobile: '13800138000' } });
		expect(described).toEqual({ method: 'POST', url: 'https://sms.example/send?a=1&b=x+y', body: { mobile: '13800138000' } });
		expect(JSON.stringify(described)).not.toContain('secret-key-1234');
	});

	test('the default base URL when the credential has none; no body, no query: neither is shown', async () => {
		const describe = await requestDescriber(context({ apiKey: 'secret-key-1234', baseUrl: '' }), provider, 'https://default.example/');
		expect(describe({ method: 'GET', path: '/v1/x' })).toEqual({ method: 'GET', url: 'https://default.example/v1/x' });
	});

	test('a Base URL that quotes a secret shows it masked', async () => {
		const describe = await requestDescriber(context({ apiKey: 'secret-key-1234', baseUrl: 'https://proxy.example/secret-key-1234' }), provider, 'https://default.example');
		expect(describe({ method: 'POST', path: '/send' }).url).toBe('https://proxy.example/***/send');
	});
});
