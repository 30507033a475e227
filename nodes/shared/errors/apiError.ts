import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../provider';
import { redactText, redactValue } from '../redaction';
import { capValue } from '../transport/answerText';

export interface ApiErrorContext {
	node: INode;
	provider: SmsProvider;
	secrets: string[];
	itemIndex?: number;
	/** What the request was: a send's errors say whether a message may have gone out. */
	kind?: 'send' | 'write' | 'read';
	/** The request's deadline, in milliseconds. */
	timeout?: number;
	/** How many times the request was made (reads are retried). */
	attempts?: number;
	httpCode?: number;
	/** Milliseconds the provider asked to wait (Retry-After). */
	retryAfter?: number;
	/** The provider's answer, kept on the error (redacted, then capped) for "continue on fail" output. */
	responseBody?: unknown;
}

/** What an answer that may have followed a delivered message means for a send. */
const MAY_HAVE_SENT = 'The message may have been sent: check the delivery report before sending it again. Sends are never retried automatically.';

function newError(context: ApiErrorContext, code: string, message: string, description: string): NodeApiError {
	const body = capValue(redactValue(context.responseBody, context.secrets));
	const errorResponse: JsonObject = {
		code,
		message,
		...(context.httpCode !== undefined ? { httpCode: String(context.httpCode) } : {}),
		...(body !== undefined ? { response: body as JsonObject } : {}),
	};
	const error = new NodeApiError(context.node, errorResponse, {
		message,
		description,
		httpCode: context.httpCode !== undefined ? String(context.httpCode) : undefined,
		itemIndex: context.itemIndex,
	});
	// NodeApiError replaces the message of well-known network codes with n8n's generic words
	// ("perhaps the server is offline"); ours say what happened and whether anything went out.
	error.message = message;
	return error;
}

/**
 * Turns a provider failure into a NodeApiError whose message names the code, what it means and how
 * to fix it. Everything that goes into the error is redacted first, then cut to size.
 */
export function providerApiError(context: ApiErrorContext, failure: ProviderFailure): NodeApiError {
	const { provider, secrets } = context;
	const entry = provider.errors[failure.code];
	const providerMessage = failure.providerMessage ? String(capValue(redactText(failure.providerMessage, secrets))) : undefined;
	const meaning = entry?.meaning ?? providerMessage ?? 'Unknown error';
	const message = `${provider.displayName} error ${failure.code}: ${meaning}`;
	let fix = entry?.fix ?? `Check the request against the ${provider.displayName} documentation.`;
	if (context.retryAfter !== undefined) fix += ` ${provider.displayName} asked to wait ${Math.ceil(context.retryAfter / 1000)} s before the next request.`;
	if (context.kind === 'send' && (context.httpCode ?? 0) >= 500) fix += ` ${MAY_HAVE_SENT}`;
	const description = providerMessage && providerMessage !== meaning ? `${fix} (${provider.displayName} said: ${providerMessage})` : fix;
	return newError(context, failure.code, message, description);
}

/** An answer that is not what the operation expects: not JSON, empty, cut off, or the wrong shape. */
export function unexpectedAnswerError(context: ApiErrorContext, code: string, what: string): NodeApiError {
	const { provider } = context;
	const status = context.httpCode !== undefined ? `HTTP ${context.httpCode} with ` : '';
	const message = `${provider.displayName} answered ${status}${code === 'UNEXPECTED_ANSWER' ? `an answer this operation cannot use: ${what}` : what}`;
	const after =
		context.kind === 'send'
			? MAY_HAVE_SENT
			: context.kind === 'write'
				? `The change may have been made: check in the ${provider.displayName} console before running again.`
				: 'Try again later; if it persists, check the Base URL in the credential (a proxy or gateway may be answering instead of the provider).';
	return newError(context, code, message, `This is not an answer of the ${provider.displayName} API. ${after}`);
}

const NETWORK_WORDS: Record<string, { what: string; sent: boolean }> = {
	ECONNREFUSED: { what: 'the connection was refused (nothing listens at that address)', sent: false },
	ENOTFOUND: { what: 'the host name could not be resolved', sent: false },
	EAI_AGAIN: { what: 'the host name could not be resolved (DNS did not answer)', sent: false },
	ECONNRESET: { what: 'the connection was closed before an answer came', sent: true },
	EPIPE: { what: 'the connection was closed while the request was being sent', sent: true },
	ETIMEDOUT: { what: 'the connection timed out', sent: true },
	CERT_HAS_EXPIRED: { what: 'the server’s TLS certificate has expired', sent: false },
	DEPTH_ZERO_SELF_SIGNED_CERT: { what: 'the server’s TLS certificate is self-signed', sent: false },
};

/** A request that never got a whole answer: a deadline, a refused or dropped connection, DNS, TLS. */
export function transportApiError(context: ApiErrorContext, error: Error, code: string): NodeApiError {
	const { provider, secrets } = context;
	const reason = redactText(error.message ?? String(error), secrets);
	const seconds = Math.round((context.timeout ?? 0) / 100) / 10;
	const words = code === 'TIMEOUT' ? { what: `no complete answer came within ${seconds} s`, sent: true } : (NETWORK_WORDS[code] ?? { what: 'the connection failed', sent: true });
	const message = `${code === 'TIMEOUT' ? `${provider.displayName} timed out` : `Could not reach ${provider.displayName}`}: ${words.what}`;
	const parts: string[] = [];
	if (context.kind === 'send') parts.push(words.sent ? MAY_HAVE_SENT : 'Nothing was sent.');
	else if (context.kind === 'write') parts.push(words.sent ? `The change may have been made: check in the ${provider.displayName} console before running again.` : 'Nothing was changed.');
	else if ((context.attempts ?? 1) > 1) parts.push(`It was tried ${context.attempts} times.`);
	parts.push(code === 'TIMEOUT' ? 'Raise the Timeout option if the provider is slow, or try again later.' : 'Check the Base URL in the credential and the network between n8n and the provider.');
	// The client's own words only where ours are generic.
	if (!(code in NETWORK_WORDS) && code !== 'TIMEOUT' && reason) parts.push(`(${reason})`);
	return newError({ ...context, responseBody: undefined }, code, message, parts.join(' '));
}
