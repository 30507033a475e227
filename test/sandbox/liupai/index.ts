export { LiupaiSandbox, liupaiTestAppkey, liupaiWrongAppkey, paramsOf, type LiupaiFault, type Params } from './liupaiSandbox';
export { FAILURES, type Envelope } from './envelope';
export {
	APPROVED,
	FIRST_ACCOUNT_ID,
	FIRST_MSGID,
	FIRST_TEMPLATE_ID,
	PENDING,
	REJECTED,
	SEED_ROOT,
	SENDLOGS_PAGE_SIZE,
	beijingTime,
	matchesTemplate,
	seedAccounts,
	seedTemplates,
	type SandboxAccount,
	type SandboxLogRow,
	type SandboxTemplate,
} from './state';
