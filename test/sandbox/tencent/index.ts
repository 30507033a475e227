export { TencentSandbox, tencentOtherAccount, tencentTestCredentials, tencentWrongSecretKey, type ActionContext } from './tencentSandbox';
export { envelope, fail, MESSAGES } from './errors';
export { tc3Signature, verifyTc3 } from './verify';
export {
	BLACKLISTED_NUMBER,
	FAILING_SUFFIX,
	FIRST_SIGN_ID,
	FIRST_TEMPLATE_ID,
	beijingHour,
	feeOf,
	parseNumber,
	seedSigns,
	seedTemplates,
	type SandboxMessage,
	type SandboxSign,
	type SandboxTemplate,
} from './state';
