import { fillTemplate, findPlaceholders, placeholderKeys } from '../../nodes/shared/templates/placeholders';

describe('template placeholders of every provider', () => {
	test('UPYUN {$var}: one field per occurrence, named by position and the text before it', () => {
		const text = 'Your code is {$var1}, valid {$var2} minutes';
		expect(findPlaceholders(text, 'upyun')).toEqual([
			{ key: 'var1', label: 'var1 (Your code is …)' },
			{ key: 'var2', label: 'var2 (valid …)' },
		]);
		expect(fillTemplate(text, 'upyun', { var1: '123456', var2: '5' })).toBe('Your code is 123456, valid 5 minutes');
	});

	test('UPYUN repeated, adjacent and look-alike placeholders: positional, each occurrence its own value', () => {
		const text = '{$code}{$code} and {code} or $code';
		expect(findPlaceholders(text, 'upyun')).toEqual([
			{ key: 'var1', label: 'var1: code' },
			{ key: 'var2', label: 'var2: code (… and {code} or $code)' },
		]);
		expect(fillTemplate(text, 'upyun', { var1: 'A', var2: 'B' })).toBe('AB and {code} or $code');
	});

	test('Liupai @: positional values, labelled "Value n" with the text before them', () => {
		const text = '尊敬的@，您的验证码是@，@分钟内有效';
		expect(findPlaceholders(text, 'liupai')).toEqual([
			{ key: 'value1', label: 'Value 1 (尊敬的 …)' },
			{ key: 'value2', label: 'Value 2 (您的验证码是 …)' },
			{ key: 'value3', label: 'Value 3 (… 分钟内有效)' },
		]);
		expect(fillTemplate(text, 'liupai', { value1: '张三', value2: '1234', value3: '5' })).toBe('尊敬的张三，您的验证码是1234，5分钟内有效');
	});

	test('Yunpian #name#: distinct names, repeated ones once; "#12 " and "##" are text', () => {
		const text = '【云片网】亲爱的#name#，订单 #12 已发货，验证码#code#，再见#name#，## 结束';
		expect(placeholderKeys(text, 'yunpian')).toEqual(['name', 'code']);
		expect(findPlaceholders(text, 'yunpian')[0]).toEqual({ key: 'name', label: 'name (【云片网】亲爱的 …)' });
		expect(fillTemplate(text, 'yunpian', { name: '张三', code: '1234' })).toBe('【云片网】亲爱的张三，订单 #12 已发货，验证码1234，再见张三，## 结束');
	});

	test('JPush {{name}}: names of letters, digits and _; {name} and {{ name }} are text', () => {
		const text = '您好{{name}}，验证码{{code}}{{code}}，{name} {{ name }}';
		expect(placeholderKeys(text, 'jpush')).toEqual(['name', 'code']);
		expect(fillTemplate(text, 'jpush', { name: 'A', code: '9' })).toBe('您好A，验证码99，{name} {{ name }}');
	});

	test('Aliyun ${name}: distinct names; $name and {name} are text', () => {
		const text = '验证码为：${code}，$code {code} ${product}${code}';
		expect(placeholderKeys(text, 'aliyun')).toEqual(['code', 'product']);
		expect(fillTemplate(text, 'aliyun', { code: '1234', product: 'ACME' })).toBe('验证码为：1234，$code {code} ACME1234');
	});

	test('Tencent {n}: in number order whatever the order in the text, repeats once; {a} and {{1}} inner digits', () => {
		const text = '{2}分钟内填写{1}，{1}，{a}';
		expect(findPlaceholders(text, 'tencent')).toEqual([
			{ key: '1', label: '{1} (分钟内填写 …)' },
			{ key: '2', label: '{2} (… 分钟内填写)' },
		]);
		expect(fillTemplate(text, 'tencent', { '1': '1234', '2': '5' })).toBe('5分钟内填写1234，1234，{a}');
	});

	test('a template without placeholders has no fields, and a missing value leaves its placeholder visible', () => {
		expect(findPlaceholders('Welcome to ACME', 'upyun')).toEqual([]);
		expect(fillTemplate('Code {$var1}', 'upyun', {})).toBe('Code {$var1}');
	});

	test('long context is shortened to the 20 characters nearest the placeholder', () => {
		const text = `${'a'.repeat(30)}bcdefghij{$var1}`;
		expect(findPlaceholders(text, 'upyun')[0].label).toBe(`var1 (…${'a'.repeat(11)}bcdefghij …)`);
	});
});
