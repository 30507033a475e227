import { fail, type TencentFailure } from '../errors';
import type { Params } from '../params';
import { APPROVED_QUALIFICATION, PENDING_QUALIFICATION, type SandboxSign } from '../state';
import type { TencentSandbox } from '../tencentSandbox';
import { deleted, enterpriseOnly, pageOf } from './review';

/** Signature type → the document types that go with it (§2.11); types 2, 3 and 6 are retired. */
const DOCUMENTS: Record<number, number[]> = { 0: [0, 1], 1: [0, 1, 2, 3, 4], 4: [7], 5: [2, 3] };

/** The checks AddSmsSign and ModifySmsSign share (§8.6). */
function signProblem(sb: TencentSandbox, params: Params, self?: SandboxSign): TencentFailure | undefined {
	const name = params.SignName as string;
	const international = params.International as number;
	if (international !== 0 && international !== 1) return fail('InvalidParameterValue.InvalidInternational', 'International must be 0 or 1.');
	const length = [...name].length;
	if (length > (international === 0 ? 12 : 15)) return fail('InvalidParameterValue.SignNameLengthTooLong', 'the signature is too long');
	if (length < 2 || /[【】[\]]/.test(name)) return fail('InvalidParameterValue', 'SignName must be 2–12 characters without brackets.');
	const documents = DOCUMENTS[params.SignType as number];
	if (!documents) return fail('InvalidParameterValue', 'SignType is not valid.');
	if (international === 0 && params.SignType === 1) return fail('InvalidParameterValue', 'APP signatures are no longer accepted for mainland China.');
	if (!documents.includes(params.DocumentType as number)) return fail('InvalidParameterValue.InvalidDocumentType', 'DocumentType does not match SignType.');
	if (params.SignPurpose !== 0 && params.SignPurpose !== 1) return fail('InvalidParameterValue.InvalidUsedMethod', 'SignPurpose must be 0 or 1.');
	for (const image of [params.ProofImage, params.CommissionImage]) {
		if (image === undefined) continue;
		if (typeof image !== 'string' || image.startsWith('data:') || !/^[A-Za-z0-9+/]+={0,2}$/.test(image) || image.length % 4 !== 0) {
			return fail('InvalidParameterValue.ImageInvalid', 'the image must be base64 without a data: prefix');
		}
	}
	if (international === 0) {
		const qualification = params.QualificationId as number | undefined;
		// Needed for mainland signatures though optional in the schema (§2.11): missing is our MissingParameter.
		if (qualification === undefined) return fail('MissingParameter', 'The request is missing a required parameter `QualificationId`.');
		if (qualification === PENDING_QUALIFICATION) return fail('FailedOperation.QualificationIdNotApproved');
		if (qualification !== APPROVED_QUALIFICATION) return fail('InvalidParameterValue.QualificationIdNotFound');
	}
	const same = [...sb.signs.values()].find((sign) => sign !== self && sign.SignName === name && sign.International === international);
	if (same?.StatusCode === 0) return fail('InvalidParameterValue.SignAlreadyPassedCheck', 'the signature already exists and is approved');
	if (same?.StatusCode === 1) return fail('InvalidParameterValue.SignExistAndUnapproved', 'the same signature is under review');
	return undefined;
}

function apply(sign: SandboxSign, params: Params): void {
	sign.SignName = params.SignName as string;
	sign.SignType = params.SignType as number;
	sign.DocumentType = params.DocumentType as number;
	sign.SignPurpose = params.SignPurpose as number;
	sign.ProofImage = params.ProofImage as string;
	sign.CommissionImage = params.CommissionImage as string | undefined;
	sign.Remark = (params.Remark as string | undefined) ?? '';
	sign.QualificationId = params.QualificationId as number | undefined;
	sign.StatusCode = 1;
	sign.ReviewReply = '';
}

export function registerSignActions(sb: TencentSandbox): void {
	sb.action('AddSmsSign', ({ params, account, now }) => {
		const denied = enterpriseOnly(account);
		if (denied) return denied;
		const problem = signProblem(sb, params);
		if (problem) return problem;
		const sign = { SignId: sb.nextSignId++, International: params.International as number, CreateTime: now, account: account.id } as SandboxSign;
		apply(sign, params);
		sb.signs.set(sign.SignId, sign);
		return { AddSignStatus: { SignId: sign.SignId } };
	});

	sb.action('ModifySmsSign', ({ params, account }) => {
		const denied = enterpriseOnly(account);
		if (denied) return denied;
		const sign = sb.signs.get(params.SignId as number);
		if (!sign || sign.account !== account.id) return fail('FailedOperation.MissingSignatureToModify', 'the signature does not exist');
		if (sign.StatusCode === 0 || sign.StatusCode === 2) return fail('InvalidParameterValue.SignAlreadyPassedCheck', 'an approved signature cannot be modified');
		if (sign.International !== params.International) return fail('InvalidParameterValue.InvalidInternational', 'International cannot be changed');
		const problem = signProblem(sb, params, sign);
		if (problem) return problem;
		apply(sign, params);
		return { ModifySignStatus: { SignId: sign.SignId } };
	});

	sb.action('DeleteSmsSign', ({ params, account, now }) => {
		const denied = enterpriseOnly(account);
		if (denied) return denied;
		const sign = sb.signs.get(params.SignId as number);
		if (!sign || sign.account !== account.id) return fail('FailedOperation.SignIdNotExist', 'the signature does not exist');
		sb.signs.delete(sign.SignId);
		return { DeleteSignStatus: deleted(now) };
	});

	sb.action('DescribeSmsSignList', ({ params, account }) => {
		const denied = enterpriseOnly(account);
		if (denied) return denied;
		if (params.International !== 0 && params.International !== 1) return fail('InvalidParameterValue.InvalidInternational', 'International must be 0 or 1.');
		const own = [...sb.signs.values()].filter((sign) => sign.account === account.id && sign.International === params.International).sort((a, b) => a.SignId - b.SignId);
		const page = pageOf(own, params.SignIdSet as number[] | undefined, (sign) => sign.SignId, params.Limit as number | undefined, params.Offset as number | undefined, 10);
		if ('failure' in page) return page;
		return {
			DescribeSignListStatusSet: page.map((sign) => ({
				SignId: sign.SignId,
				International: sign.International,
				StatusCode: sign.StatusCode,
				ReviewReply: sign.ReviewReply,
				SignName: sign.SignName,
				CreateTime: sign.CreateTime,
				QualificationId: sign.QualificationId ?? 0,
				QualificationName: sign.QualificationId ? 'n8n Sandbox Ltd.' : '',
				QualificationStatusCode: sign.QualificationId ? 1 : 0,
			})),
		};
	});
}
