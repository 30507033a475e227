export { JPushSandbox, basicHeader, jpushTestCredentials, type AnswerTarget, type PendingFailure } from './jpushSandbox';
export { apiError, JPUSH_ERRORS } from './errors';
export {
	FIRST_MSG_ID,
	FIRST_SIGN_ID,
	FIRST_TEMPLATE_ID,
	SEED_APP_BALANCE,
	SEED_DEV_BALANCE,
	SEED_UNSUBSCRIBED,
	seedSigns,
	seedTemplates,
	type SandboxCode,
	type SandboxMessage,
	type SandboxSchedule,
	type SandboxSign,
	type SandboxTemplate,
} from './state';
