import type { ProviderExamples } from './types';

export const jpushExamples: ProviderExamples = {
	'verify-code.json': {
		check(run) {
			const [call] = run.received.filter((r) => r.method === 'POST' && r.path === '/v1/voice_codes');
			const code = run.output('Generate code')[0].code as string;
			expect(call.body).toMatchObject({ mobile: '13800138000', code, ttl: 300 });
			const { messageId } = run.output('Call with code')[0] as { messageId: string };
			const [check] = run.received.filter((r) => r.path === `/v1/codes/${messageId}/valid`);
			expect(check.body).toEqual({ code });
			expect(run.output('Verify entered code')).toEqual([{ isValid: true, messageId }]);
		},
	},
};
