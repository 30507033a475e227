import { NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';

import { providerApiError, transportApiError } from '../errors/apiError';
import type { ProviderBody, SmsProvider } from '../provider';
import { secretVariants } from '../redaction';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface ProviderRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's base URL, e.g. `/api/templates`. */
	path: string;
	qs?: IDataObject;
	body?: ProviderBody;
	/** `json` (default), `form` (application/x-www-form-urlencoded), or `raw` (body and content type given). */
	encoding?: 'json' | 'form' | 'raw';
	headers?: Record<string, string>;
	/** Milliseconds; sends are not retried, so a timeout is reported, never repeated. */
	timeout?: number;
	/**
	 * Derives this request's base URL from the credential's Base URL (for providers with one host per
	 * product, e.g. `https://{type}.yunpian.com`). The result is checked like the Base URL itself.
	 */
	baseUrl?: (configured: string) => string;
	/**
	 * Credential values to authenticate this one request with, instead of the stored ones (e.g. a
	 * second key pair of the same credential). The credential's own `authenticate` block still applies,
	 * so a provider can sign with another pair without building an Authorization header by hand (an
	 * explicit header would be overwritten by a generic `auth` block).
	 */
	credentialData?: ICredentialDataDecryptedObject;
}

const DEFAULT_TIMEOUT = 30_000;

function trimBaseUrl(value: unknown, provider: SmsProvider, node: INode): string {
	const url = typeof value === 'string' ? value.trim() : '';
	if (!/^https?:\/\//i.test(url)) {
		throw new NodeOperationError(
			node,
			`The ${provider.displayName} credential has no valid Base URL`,
			{ description: 'Open the credential and set Base URL to an http(s) address, or clear it to use the default.' },
		);
	}
	return url.replace(/\/+$/, '');
}

/**
 * Sends one request with the provider's credential and returns the parsed body of a successful
 * answer. Every failure, HTTP error or HTTP 200 with an error body, becomes a NodeApiError with
 * the provider's code, its meaning and a fix, and no credential value anywhere in it.
 */
export async function providerRequest<T = IDataObject>(
	this: RequestContext,
	provider: SmsProvider,
	request: ProviderRequest,
	itemIndex?: number,
): Promise<T> {
	const credentials = await this.getCredentials(provider.credentialType);
	const secrets = secretVariants(credentials, provider.secretFields);
	const errorContext = { node: this.getNode(), provider, secrets, itemIndex };
	const encoding = request.encoding ?? 'json';
	const headers: Record<string, string> = { accept: 'application/json', ...(request.headers ?? {}) };
	if (encoding === 'form') headers['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
	if (encoding === 'json' && request.body !== undefined) headers['content-type'] = 'application/json';

	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: trimBaseUrl(
			request.baseUrl && typeof credentials[provider.baseUrlField] === 'string'
				? request.baseUrl(credentials[provider.baseUrlField] as string)
				: credentials[provider.baseUrlField],
			provider,
			this.getNode(),
		),
		url: request.path,
		qs: request.qs,
		headers,
		body: request.body as IHttpRequestOptions['body'],
		// Read the answer as text: message ids can exceed 2^53 and must not be rounded by JSON.parse.
		encoding: 'text',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: request.timeout ?? DEFAULT_TIMEOUT,
	};
	// Form bodies stay objects so a credential can add its key to them; the HTTP client encodes them.
	if (encoding === 'json' && request.body !== undefined) options.body = JSON.stringify(request.body);

	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			provider.credentialType,
			options,
			request.credentialData
				? { credentialsDecrypted: { id: '', name: '', type: provider.credentialType, data: request.credentialData } }
				: undefined,
		)) as IN8nHttpFullResponse;
	} catch (error) {
		throw transportApiError(errorContext, error as Error);
	}
	if (typeof response.body === 'string') {
		response.body = parseJsonKeepingBigIntegers(response.body) as IN8nHttpFullResponse['body'];
	}
	const failure = provider.detectFailure(response);
	if (failure) {
		throw providerApiError(
			{ ...errorContext, httpCode: response.statusCode, responseBody: response.body },
			failure,
		);
	}
	return response.body as T;
}

/** JSON.parse that turns integers of 16 or more digits into strings, and leaves non-JSON text as it is. */
export function parseJsonKeepingBigIntegers(text: string): unknown {
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	const safe = trimmed.replace(/([:[,]\s*)(-?\d{16,})(?=\s*[,}\]])/g, '$1"$2"');
	try {
		return JSON.parse(safe);
	} catch {
		return text;
	}
}
