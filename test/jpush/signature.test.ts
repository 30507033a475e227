import { appAuth, byId, expectNoSecrets, jsonOf, useJPush } from './setup';

const { sandbox, run, received } = useJPush();

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 9]);
const image = (content: Buffer, fileName: string, mimeType: string) => ({ data: content.toString('base64'), mimeType, fileName });
const item = (binary: Record<string, ReturnType<typeof image>>) => ({ json: {}, binary });

const create = (extra: Record<string, unknown> = {}) => ({
	resource: 'signature',
	operation: 'create',
	sign: '极光短信',
	type: 1,
	binaryPropertyName: 'data',
	...extra,
});

describe('JPush Signature', () => {
	test('Create uploads the fields and the image as multipart (image0) with the Basic header', async () => {
		const result = await run(
			create({ binaryPropertyName: 'data, card', additionalFields: { remark: '用户注册通知', legalPersonName: '张三', legalPersonIdNumber: '11010519491231002x', idCardImage: 'card' } }),
			{ input: [item({ data: image(PNG, 'license.png', 'image/png'), card: image(JPEG, 'card.jpg', 'image/jpeg') })] },
		);
		expect(result.error).toBeUndefined();
		const [upload] = received();
		expect(upload).toMatchObject({ method: 'POST', path: '/v1/sign' });
		expect(upload.headers.authorization).toBe(appAuth);
		expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
		expect(upload.body).toEqual({ sign: '极光短信', type: '1', remark: '用户注册通知', legalPersonName: '张三', legalPersonIdNumber: '11010519491231002X' });
		expect(upload.files.map((f) => [f.fieldName, f.fileName, f.contentType])).toEqual([
			['image0', 'license.png', 'image/png'],
			['image1', 'card.jpg', 'image/jpeg'],
			['idCardImage', 'card.jpg', 'image/jpeg'],
		]);
		expect(upload.files[0].content.equals(PNG)).toBe(true);
		expect(jsonOf(result)).toEqual([{ signatureId: 10000, status: 0, statusLabel: 'under review', sign: '极光短信', type: 1, remark: '用户注册通知', images: ['image0', 'image1', 'idCardImage'] }]);
		expect(sandbox.signs.get(10000)?.images).toHaveLength(3);
	});

	test.each([
		['a signature with brackets', { sign: '【极光】' }, [item({ data: image(PNG, 'a.png', 'image/png') })], /Signature Text: "【极光】" is not a valid signature/],
		['a one-character signature', { sign: '极' }, [item({ data: image(PNG, 'a.png', 'image/png') })], /Signature Text: "极" is not a valid signature/],
		['a file that is not an image', {}, [item({ data: image(Buffer.from('hello'), 'a.txt', 'text/plain') })], /Image Binary Fields: the file in "data" is not a JPG, PNG, GIF or BMP image/],
		['a missing binary field', {}, [{ json: {} }], /binary/i],
		['a bad ID number', { additionalFields: { legalPersonIdNumber: '123' } }, [item({ data: image(PNG, 'a.png', 'image/png') })], /Legal Person ID Number: is not an 18-character ID number/],
	])('Create refuses %s before sending', async (_name, extra, input, message) => {
		const result = await run(create(extra), { input });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('Create maps 50103 when another signature is in review', async () => {
		await run(create({ binaryPropertyName: '' }));
		const second = await run(create({ sign: 'ACME2', binaryPropertyName: '' }));
		expect(second.error?.message).toBe('JPush SMS error 50103: Another signature is already under review (other signatures in the audit)');
	});

	test('Update posts multipart to /v1/sign/{id} of a rejected signature', async () => {
		const result = await run(create({ operation: 'update', signId: byId(503), sign: '新签名' }), { input: [item({ data: image(JPEG, 'b.jpg', 'image/jpeg') })] });
		expect(result.error).toBeUndefined();
		expect(received()[0]).toMatchObject({ method: 'POST', path: '/v1/sign/503', body: { sign: '新签名', type: '1' } });
		expect(received()[0].files.map((f) => f.fieldName)).toEqual(['image0']);
		expect(jsonOf(result)[0]).toMatchObject({ signatureId: 503, status: 0 });
		expect(jsonOf(result)[0]).not.toHaveProperty('signId');
	});

	test('Get outputs the signature with its status; Delete of the default one is 50105, of another deleted: true', async () => {
		const got = await run({ resource: 'signature', operation: 'get', signId: byId(501) });
		expect(received()[0]).toMatchObject({ method: 'GET', path: '/v1/sign/501' });
		expect(jsonOf(got)).toEqual([{ signatureId: 501, sign: '极光推送', status: 1, statusLabel: 'approved', isDefault: true, useStatus: 1 }]);
		const refused = await run({ resource: 'signature', operation: 'delete', signId: byId(501) });
		expect(refused.error?.message).toBe('JPush SMS error 50105: The default signature cannot be deleted');
		const deleted = await run({ resource: 'signature', operation: 'delete', signId: byId(502) });
		expect(received().at(-1)).toMatchObject({ method: 'DELETE', path: '/v1/sign/502' });
		expect(deleted.items).toEqual([{ json: { deleted: true, signatureId: 502 }, pairedItem: { item: 0 } }]);
		expectNoSecrets(deleted);
	});

	test('Get of an unknown signature is 50102 (Continue On Fail: an error item)', async () => {
		const result = await run({ resource: 'signature', operation: 'get', signId: byId(9) }, { continueOnFail: true });
		expect(result.items).toEqual([{ json: expect.objectContaining({ code: '50102', httpCode: '403' }), pairedItem: { item: 0 } }]);
	});
});
