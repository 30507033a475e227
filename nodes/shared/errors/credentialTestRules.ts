import type { IAuthenticateRuleResponseSuccessBody } from 'n8n-workflow';

import type { ProviderErrorTable } from '../provider';

export interface CredentialTestRulesOptions {
	/** Display name used in the messages, e.g. `UPYUN SMS` (as in the node's errors). */
	displayName: string;
	errors: ProviderErrorTable;
	/** Where the answer holds the provider's code, e.g. `error_code` or `error.code`. */
	codeKey: string;
	/** The codes the test endpoint can answer, as the answer writes them (strings or numbers). */
	codes: Array<string | number>;
	/** Replaces the table's fix for a code where the credential test needs other advice. */
	fixes?: Record<string, string>;
	/** A field every successful answer has; its absence fails the test with `missingMessage`. */
	successKey: string;
	missingMessage: string;
}

/**
 * `responseSuccessBody` rules for a credential test request sent with `ignoreHttpStatusErrors`, so the
 * provider's answer is read even when it comes with HTTP 401: one rule per code, saying
 * "<Provider> error <code>: <meaning>. <fix>" as the node's own errors do, then one rule for any other
 * answer without the success field (an unknown error, an HTML page, a wrong Base URL).
 */
export function credentialTestRules(options: CredentialTestRulesOptions): IAuthenticateRuleResponseSuccessBody[] {
	const { displayName, errors, codeKey, codes, fixes = {}, successKey, missingMessage } = options;
	const rules: IAuthenticateRuleResponseSuccessBody[] = codes.map((code) => {
		const entry = errors[String(code)];
		if (!entry) throw new Error(`${displayName} has no error table entry for ${code}`);
		const fix = fixes[String(code)] ?? entry.fix;
		return {
			type: 'responseSuccessBody',
			properties: { key: codeKey, value: code, message: `${displayName} error ${code}: ${entry.meaning}. ${fix}` },
		};
	});
	rules.push({ type: 'responseSuccessBody', properties: { key: successKey, value: undefined, message: missingMessage } });
	return rules;
}
