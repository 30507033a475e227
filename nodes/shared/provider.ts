import type { IDataObject, IN8nHttpFullResponse } from 'n8n-workflow';

/** What the shared core knows about a provider's failure answers. */
export interface ProviderErrorEntry {
	/** What the code means, in English. */
	meaning: string;
	/** What the user can do about it. */
	fix: string;
}

export type ProviderErrorTable = Record<string, ProviderErrorEntry>;

/** A provider answer reduced to the parts the error mapper needs. */
export interface ProviderFailure {
	/** The provider's own error code, e.g. `TEMPLATE_NOT_FOUND` or `50006`. */
	code: string;
	/** The provider's own message, shown after ours. */
	providerMessage?: string;
}

export interface SmsProvider {
	/** Display name used in error messages, e.g. `UPYUN SMS`. */
	displayName: string;
	/** Credential type name, e.g. `upyunSmsApi`. */
	credentialType: string;
	/** Credential fields whose values must never leave the node. */
	secretFields: string[];
	/** Credential field with the base URL. */
	baseUrlField: string;
	errors: ProviderErrorTable;
	/** Turns a wrapped answer into its JSON text before it is read (e.g. a JSONP `callback({...})`). */
	unwrapText?(text: string): string;
	/**
	 * Reads a full HTTP answer (its body already parsed as JSON) and says whether it is a failure; `undefined` means success.
	 * Must catch HTTP 200 answers whose body says failure.
	 */
	detectFailure(response: IN8nHttpFullResponse): ProviderFailure | undefined;
}

export type ProviderBody = IDataObject | IDataObject[] | string | Buffer;
