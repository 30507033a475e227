export { UpyunSandbox, upyunTestToken, type UpyunSandboxOptions } from './upyunSandbox';
export { apiError, ERROR_STATUS } from './errors';
export {
	FIRST_MESSAGE_ID,
	FIRST_TEMPLATE_ID,
	INDUSTRY_DAILY_LIMIT,
	SEED_BALANCE,
	beijingDay,
	segmentsOf,
	seedTemplates,
} from './state';
export {
	INTL_TYPES,
	OTHER_OWNER,
	SELF_OWNER,
	type SandboxBalance,
	type SandboxDetection,
	type SandboxMessage,
	type SandboxTemplate,
	type TemplateStatus,
	type TemplateType,
} from './types';
