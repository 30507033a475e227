import { fail } from '../errors';
import { parseNumber } from '../state';
import type { TencentSandbox } from '../tencentSandbox';

export function registerNumberActions(sb: TencentSandbox): void {
	// No SmsSdkAppId: only the key pair (the credential test calls it, §6.2).
	sb.action('DescribePhoneNumberInfo', ({ params }) => {
		const numbers = params.PhoneNumberSet as string[];
		if (numbers.length === 0) return fail('MissingParameter.EmptyPhoneNumberSet', 'PhoneNumberSet is empty.');
		if (numbers.length > 200) return fail('LimitExceeded.PhoneNumberCountLimit', 'At most 200 phone numbers per request.');
		return {
			PhoneNumberInfoSet: numbers.map((raw) => {
				const parsed = parseNumber(raw);
				if (!parsed) return { Code: 'FailedOperation.PhoneNumberParseFail', Message: 'phone number parse fail', NationCode: '', SubscriberNumber: '', PhoneNumber: raw, IsoCode: '', IsoName: '' };
				return { Code: 'Ok', Message: 'Describe success', NationCode: parsed.CountryCode, SubscriberNumber: parsed.SubscriberNumber, PhoneNumber: parsed.PhoneNumber, IsoCode: parsed.IsoCode, IsoName: parsed.IsoName };
			}),
		};
	});

	sb.action('ReportConversion', ({ params, account }) => {
		const app = sb.appFor(params.SmsSdkAppId, account);
		if ('failure' in app) return app;
		if (!app.conversionEnabled) return fail('UnauthorizedOperation.RequestPermissionDeny', 'conversion reports are not enabled for this app');
		const message = sb.messages.find((row) => row.SerialNo === params.SerialNo && row.SmsSdkAppId === app.SmsSdkAppId);
		if (!message) return fail('InvalidParameterValue', `SerialNo ${String(params.SerialNo)} does not exist.`);
		return { ReportConversionStatus: { Code: 'ok', Message: 'report success' } };
	});
}
