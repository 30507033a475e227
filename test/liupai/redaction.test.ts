import { redactText, secretVariants } from '../../nodes/shared/redaction';
import { liupaiTestAppkey, liupaiWrongAppkey } from '../sandbox/liupai';
import { leakForms } from './setup';

describe('redaction of a key that travels in the URL', () => {
	test('masks every form the key takes in a URL: raw, encodeURIComponent, form, RFC 3986 (as n8n sends it) and lower-case escapes', () => {
		for (const key of [liupaiTestAppkey, liupaiWrongAppkey]) {
			const secrets = secretVariants({ appSecret: key }, ['appSecret']);
			for (const form of leakForms(key)) {
				expect(redactText(`GET /sms/send?appkey=${form}&mobile=1`, secrets)).toBe('GET /sms/send?appkey=***&mobile=1');
			}
		}
	});
});
