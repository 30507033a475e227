import { failure, isFailure, success, type Failure } from '../envelope';
import { requireParams, type LiupaiSandbox, type Params } from '../liupaiSandbox';
import { PENDING, SIGNATURE_PATTERN, type SandboxAccount } from '../state';

const OPTIONAL = ['statusurl', 'replyurl', 'replyusername', 'replypassword'] as const;

/** The eight fields addaccount and editaccount echo (seed). */
function echo(account: SandboxAccount) {
	const { company, signature, statusurl, replyurl, replyusername, replypassword, totalnum, accountid } = account;
	return { company, signature, statusurl, replyurl, replyusername, replypassword, totalnum, accountid };
}

function checkSignature(signature: string | undefined): Failure | undefined {
	return signature !== undefined && !SIGNATURE_PATTERN.test(signature) ? failure('SIGNATURE') : undefined;
}

function readTotal(value: string | undefined): number | undefined | Failure {
	if (value === undefined) return undefined;
	return /^\d+$/.test(value.trim()) && Number(value) >= 1 ? Number(value) : failure('MALFORMED', 'totalnum');
}

/** 3. `sms/addaccount`: company, 【signature】 and totalnum required; the allotment must fit the root balance. */
function addaccount(sb: LiupaiSandbox, params: Params) {
	const missing = requireParams(params, ['company', 'signature', 'totalnum']);
	if (missing) return missing;
	const badSignature = checkSignature(params.signature);
	if (badSignature) return badSignature;
	const totalnum = readTotal(params.totalnum);
	if (isFailure(totalnum) || totalnum === undefined) return failure('MALFORMED', 'totalnum');
	if (totalnum > sb.root.totalnum - sb.root.usednum) return failure('QUOTA');
	const account: SandboxAccount = {
		accountid: sb.nextAccountId++,
		company: params.company,
		signature: params.signature,
		statusurl: params.statusurl ?? '',
		replyurl: params.replyurl ?? '',
		replyusername: params.replyusername ?? '',
		replypassword: params.replypassword ?? '',
		totalnum,
		usednum: 0,
		status: PENDING,
		istemnocheck: 0,
		failreason: '',
		addtime: Math.floor(sb.now().getTime() / 1000),
	};
	sb.accounts.set(account.accountid, account);
	return success(echo(account));
}

/** 5. `sms/editaccount`: absent fields are kept (`editMode` merge) or cleared (`replace`); back to review if company or signature change. */
function editaccount(sb: LiupaiSandbox, params: Params) {
	const account = sb.account(params);
	if (isFailure(account)) return account;
	const badSignature = checkSignature(params.signature);
	if (badSignature) return badSignature;
	const totalnum = readTotal(params.totalnum);
	if (isFailure(totalnum)) return totalnum;
	const replace = sb.editMode === 'replace';
	const next = { ...account };
	next.company = params.company ?? (replace ? '' : account.company);
	next.signature = params.signature ?? (replace ? '' : account.signature);
	next.totalnum = totalnum ?? (replace ? 0 : account.totalnum);
	for (const name of OPTIONAL) next[name] = params[name] ?? (replace ? '' : account[name]);
	if (next.company !== account.company || next.signature !== account.signature) next.status = PENDING;
	sb.accounts.set(account.accountid, next);
	return success(echo(next));
}

export function registerAccountRoutes(sb: LiupaiSandbox): void {
	// 2. Balance of the root account.
	sb.apiRoute('balance', () => success({ ...sb.root }));
	sb.apiRoute('addaccount', (params) => addaccount(sb, params));
	// 4. Sub-accounts, oldest first.
	sb.apiRoute('accountlist', (params) => {
		const paging = sb.paging(params);
		if (isFailure(paging)) return paging;
		const rows = [...sb.accounts.values()].sort((a, b) => a.accountid - b.accountid);
		return success(sb.listResult(rows, paging.page, paging.pageSize));
	});
	sb.apiRoute('editaccount', (params) => editaccount(sb, params));
}
