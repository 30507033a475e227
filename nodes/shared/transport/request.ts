import { NodeOperationError, sleep } from 'n8n-workflow';
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

import { timeoutOption } from '../descriptions/requestOptions';
import { providerApiError, transportApiError, unexpectedAnswerError, type ApiErrorContext } from '../errors/apiError';
import { inputError } from '../errors/inputError';
import { readJson } from '../json';
import type { ProviderBody, SmsProvider } from '../provider';
import { redactText, secretVariants } from '../redaction';
import { summarizeText } from './answerText';
import { MAX_RETRY_AFTER_MS, READ_RETRIES, RETRY_CODES, RETRY_STATUSES, retryAfterMs, retryWait } from './retry';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/**
 * What a request does, which decides what happens when it fails: a `send` (a message may go out) and
 * a `write` (creates or changes something) are never retried; a `read` is retried on 429, 502, 503,
 * 504 and dropped connections, with backoff.
 */
export type RequestKind = 'send' | 'write' | 'read';

/**
 * What a successful answer must be: `json` (any JSON, the default), `object`, `array`, `none` (an
 * empty body is fine too), or a check that returns what is wrong with the parsed body.
 */
export type AnswerExpectation = 'json' | 'object' | 'array' | 'none' | ((body: unknown) => string | undefined);

export interface ProviderRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's base URL, e.g. `/api/templates`. */
	path: string;
	qs?: IDataObject;
	body?: ProviderBody;
	/** `json` (default), `form` (application/x-www-form-urlencoded), or `raw` (body and content type given). */
	encoding?: 'json' | 'form' | 'raw';
	headers?: Record<string, string>;
	/** Default: `read` for GET, `write` otherwise. Say `send` for every request that delivers a message. */
	kind?: RequestKind;
	expect?: AnswerExpectation;
	/** Milliseconds for the whole request, answer included; default: the node's Timeout option, else 30 s. */
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

export const DEFAULT_TIMEOUT = 30_000;

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

/** The Timeout option's limits, as the editor enforces them (an expression can give anything). */
const TIMEOUT_LIMITS = timeoutOption.typeOptions as { minValue: number; maxValue: number };

function shownValue(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (Array.isArray(value)) return 'a list';
	if (value !== null && typeof value === 'object') return 'an object';
	return String(value);
}

/**
 * The node's Timeout option for one item, in milliseconds: undefined when the option is not set; a whole
 * number (or a text of digits, as an expression may give it) within the option's limits. Anything else —
 * 0, a negative, a fraction, words, an object, null — is an input error naming the item, raised before the
 * request, instead of a silent fall back to the default.
 */
export function timeoutSetting(value: unknown, node: INode, itemIndex: number): number | undefined {
	if (value === undefined) return undefined;
	const { minValue, maxValue } = TIMEOUT_LIMITS;
	const fix = `Set Timeout to a whole number of milliseconds from ${minValue} (1 s) to ${maxValue} (10 minutes), e.g. 30000, or remove the option to wait the default 30 s.`;
	const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
	if (Number.isNaN(number)) throw inputError(node, itemIndex, timeoutOption.displayName, `${shownValue(value)} is not a number of milliseconds`, fix);
	if (!Number.isInteger(number)) throw inputError(node, itemIndex, timeoutOption.displayName, `${shownValue(value)} is not a whole number of milliseconds`, fix);
	if (number < minValue || number > maxValue) {
		throw inputError(node, itemIndex, timeoutOption.displayName, `${shownValue(value)} ms is outside ${minValue}–${maxValue} ms`, fix);
	}
	return number;
}

/** The node's Timeout and Retry Reads options, where the operation has them (action nodes only). */
function nodeSettings(context: RequestContext, itemIndex: number | undefined): { timeout?: number; retryReads: boolean } {
	if (!('getInputData' in context) || typeof (context as IExecuteFunctions).getInputData !== 'function') return { retryReads: true };
	const execute = context as IExecuteFunctions;
	const index = itemIndex ?? 0;
	if (execute.getInputData().length <= index) return { retryReads: true };
	// Only a Timeout the user added is read: n8n-core answers "Could not get parameter" for an absent one
	// with an undefined fallback, and an absent option means the default.
	const options = execute.getNode().parameters.options;
	const given = options !== null && typeof options === 'object' && !Array.isArray(options) && 'timeout' in options;
	const timeout = given ? timeoutSetting(execute.getNodeParameter('options.timeout', index), execute.getNode(), index) : undefined;
	const retryReads = execute.getNodeParameter('options.retryReads', index, true) !== false;
	return { timeout, retryReads };
}

function shapeProblem(expect: AnswerExpectation, body: unknown): string | undefined {
	if (typeof expect === 'function') return expect(body);
	if (expect === 'object' && (body === null || typeof body !== 'object' || Array.isArray(body))) return 'a JSON object was expected';
	if (expect === 'array' && !Array.isArray(body)) return 'a JSON list was expected';
	return undefined;
}

/**
 * Sends one request with the provider's credential and returns the parsed body of a successful
 * answer. The request has one deadline for the whole exchange (a trickling answer ends too). Every
 * failure becomes a NodeApiError with the provider's code, its meaning and a fix, and no credential
 * value anywhere in it: an HTTP error, an HTTP 200 whose body says failure, and an answer that is not
 * what the operation expects (not JSON, empty, cut off, the wrong shape). Only reads are retried.
 */
export async function providerRequest<T = IDataObject>(
	this: RequestContext,
	provider: SmsProvider,
	request: ProviderRequest,
	itemIndex?: number,
): Promise<T> {
	// The user's options are checked before anything else (a bad Timeout sends nothing).
	const settings = nodeSettings(this, itemIndex);
	const credentials = await this.getCredentials(provider.credentialType);
	// Signed with other credential data (JPush's developer pair), the credential's own secrets stay masked too.
	const secrets = secretVariants([credentials, { ...credentials, ...(request.credentialData ?? {}) }], provider.secretFields);
	const kind: RequestKind = request.kind ?? (request.method === 'GET' ? 'read' : 'write');
	const timeout = request.timeout ?? settings.timeout ?? DEFAULT_TIMEOUT;
	const errorContext: ApiErrorContext = { node: this.getNode(), provider, secrets, itemIndex, kind, timeout };
	const encoding = request.encoding ?? 'json';
	const headers: Record<string, string> = { accept: 'application/json', ...(request.headers ?? {}) };
	if (encoding === 'form') headers['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
	if (encoding === 'json' && request.body !== undefined) headers['content-type'] = 'application/json';

	const baseURL = trimBaseUrl(
		request.baseUrl && typeof credentials[provider.baseUrlField] === 'string'
			? request.baseUrl(credentials[provider.baseUrlField] as string)
			: credentials[provider.baseUrlField],
		provider,
		this.getNode(),
	);
	const retries = kind === 'read' && settings.retryReads ? READ_RETRIES : 0;
	const cancel = 'getExecutionCancelSignal' in this ? (this as IExecuteFunctions).getExecutionCancelSignal?.() : undefined;

	for (let attempt = 0; ; attempt++) {
		const deadline = AbortSignal.timeout(timeout);
		const options: IHttpRequestOptions = {
			method: request.method,
			baseURL,
			url: request.path,
			qs: request.qs,
			headers: { ...headers },
			body: (encoding === 'json' && request.body !== undefined ? JSON.stringify(request.body) : request.body) as IHttpRequestOptions['body'],
			// Read the answer as text: message ids can exceed 2^53 and must not be rounded by JSON.parse.
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			// The idle timeout of the HTTP client, and one deadline for the whole exchange.
			timeout,
			abortSignal: cancel ? AbortSignal.any([deadline, cancel]) : deadline,
		};
		const signal = options.abortSignal;
		// n8n's helper replaces `abortSignal` with the execution's cancel signal, which would drop the
		// deadline (then only the client's idle timeout ends a hang, and nothing ends a trickle): it is
		// called on a view of this context whose cancel signal is the deadline or the cancel, whichever comes first.
		const caller = Object.create(this, { getExecutionCancelSignal: { value: () => signal } }) as RequestContext;
		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				caller,
				provider.credentialType,
				options,
				request.credentialData
					? { credentialsDecrypted: { id: '', name: '', type: provider.credentialType, data: request.credentialData } }
					: undefined,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			if (cancel?.aborted) throw new NodeOperationError(this.getNode(), 'The execution was cancelled', { itemIndex });
			const timedOut = deadline.aborted;
			const code = timedOut ? 'TIMEOUT' : networkCode(error);
			if (!timedOut && attempt < retries && RETRY_CODES.has(code)) {
				await sleep(retryWait(attempt + 1, undefined));
				continue;
			}
			throw transportApiError({ ...errorContext, attempts: attempt + 1 }, error as Error, code);
		}

		const raw = redactText(typeof response.body === 'string' ? response.body : bodyText(response.body), secrets);
		const text = provider.unwrapText ? provider.unwrapText(raw) : raw;
		const status = response.statusCode;
		if (attempt < retries && RETRY_STATUSES.has(status)) {
			const wait = retryWait(attempt + 1, response.headers);
			if (wait <= MAX_RETRY_AFTER_MS) {
				await sleep(wait);
				continue;
			}
		}
		const contentType = String(response.headers?.['content-type'] ?? '');
		const reading = readJson(text);
		const expect = request.expect ?? 'json';
		if (!reading.ok) {
			const context = { ...errorContext, httpCode: status, retryAfter: retryAfterMs(response.headers) };
			if (status >= 400) throw providerApiError({ ...context, responseBody: summarizeText(text, contentType) }, { code: `HTTP_${status}`, providerMessage: summarizeText(text, contentType) });
			// 204 No Content has no body by definition.
			if ((expect === 'none' || status === 204) && text.trim() === '') return undefined as T;
			throw unexpectedAnswerError(context, text.trim() === '' ? 'EMPTY_ANSWER' : /ends early/.test(reading.reason) ? 'INCOMPLETE_ANSWER' : 'NOT_JSON', summarizeText(text, contentType));
		}
		const parsed: IN8nHttpFullResponse = { ...response, body: reading.value as IN8nHttpFullResponse['body'] };
		const failure = provider.detectFailure(parsed);
		if (failure) {
			throw providerApiError({ ...errorContext, httpCode: status, responseBody: reading.value, retryAfter: retryAfterMs(response.headers) }, failure);
		}
		const problem = shapeProblem(expect, reading.value);
		if (problem) throw unexpectedAnswerError({ ...errorContext, httpCode: status, responseBody: reading.value }, 'UNEXPECTED_ANSWER', problem);
		return reading.value as T;
	}
}

function bodyText(body: unknown): string {
	if (body === undefined || body === null) return '';
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	return typeof body === 'string' ? body : JSON.stringify(body);
}

/** The network error code of a failed request (ECONNRESET, ECONNREFUSED, ENOTFOUND…), or NETWORK_ERROR. */
function networkCode(error: unknown): string {
	let current = error as { code?: unknown; cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		if (typeof current.code === 'string' && /^E[A-Z_]+$/.test(current.code) && current.code !== 'ERR_CANCELED') return current.code;
		current = current.cause as typeof current;
	}
	// n8n 1.x's NodeApiError drops the client's error (its cause) and keeps the code as httpCode and the
	// client's words in messages ("connect ECONNREFUSED 127.0.0.1:9").
	const wrapped = error as { httpCode?: unknown; messages?: unknown };
	if (typeof wrapped?.httpCode === 'string' && /^E[A-Z_]+$/.test(wrapped.httpCode)) return wrapped.httpCode;
	const words = [String((error as Error)?.message ?? ''), ...(Array.isArray(wrapped?.messages) ? wrapped.messages.map(String) : [])];
	for (const text of words) {
		const found = /\b(E[A-Z]{3,}[A-Z_]*)\b/.exec(text);
		if (found) return found[1];
	}
	const message = words.join(' ');
	if (/socket hang up/i.test(message)) return 'ECONNRESET';
	return 'NETWORK_ERROR';
}

/** JSON.parse that keeps integers of 16 or more digits exact (as strings); leaves non-JSON text as it is. */
export function parseJsonKeepingBigIntegers(text: string): unknown {
	if (text.trim() === '') return undefined;
	const reading = readJson(text);
	return reading.ok ? reading.value : text;
}
