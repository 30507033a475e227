export { AliyunSandbox, aliyunTestCredentials, aliyunUnknownKeyId, aliyunWrongSecret, type PushAttempt } from './aliyunSandbox';
export { canonicalize, pop, v1Signature, v1StringToSign, v3CanonicalRequest, v3Signature, verifyRequest } from './gateway';
export { BATCH_LIMIT, SEND_LIMIT } from './routes/sending';
export { GLOBE_BATCH_LIMIT } from './routes/international';
export {
	INTL_TEMPLATE,
	NOTICE_TEMPLATE,
	PROMO_TEMPLATE,
	REJECTED_TEMPLATE,
	REVIEWING_TEMPLATE,
	TEST_SIGNATURE,
	TEST_TEMPLATE,
	seedSignatures,
	seedTemplates,
	type SandboxRecord,
	type SandboxSignature,
	type SandboxTemplate,
} from './state';
