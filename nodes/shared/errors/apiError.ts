import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../provider';
import { redactText, redactValue } from '../redaction';

export interface ApiErrorContext {
	node: INode;
	provider: SmsProvider;
	secrets: string[];
	itemIndex?: number;
	httpCode?: number;
	/** The provider's answer, kept on the error for "continue on fail" output. */
	responseBody?: unknown;
}

/**
 * Turns a provider failure into a NodeApiError whose message names the code, what it means and how
 * to fix it. Everything that goes into the error is redacted first.
 */
export function providerApiError(context: ApiErrorContext, failure: ProviderFailure): NodeApiError {
	const { provider, secrets } = context;
	const entry = provider.errors[failure.code];
	const providerMessage = failure.providerMessage
		? redactText(failure.providerMessage, secrets)
		: undefined;
	const meaning = entry?.meaning ?? providerMessage ?? 'Unknown error';
	const message = `${provider.displayName} error ${failure.code}: ${meaning}`;
	const fix = entry?.fix ?? `Check the request against the ${provider.displayName} documentation.`;
	const description = providerMessage && providerMessage !== meaning
		? `${fix} (${provider.displayName} said: ${providerMessage})`
		: fix;
	const body = redactValue(context.responseBody, secrets);
	const errorResponse: JsonObject = {
		code: failure.code,
		message,
		...(context.httpCode !== undefined ? { httpCode: String(context.httpCode) } : {}),
		...(body !== undefined ? { response: body as JsonObject } : {}),
	};
	return new NodeApiError(context.node, errorResponse, {
		message,
		description,
		httpCode: context.httpCode !== undefined ? String(context.httpCode) : undefined,
		itemIndex: context.itemIndex,
	});
}

/** A request that never got a provider answer (refused connection, timeout, DNS). */
export function transportApiError(context: ApiErrorContext, error: Error): NodeApiError {
	const { provider, secrets } = context;
	const reason = redactText(error.message ?? String(error), secrets);
	const message = `Could not reach ${provider.displayName}: ${reason}`;
	return new NodeApiError(
		context.node,
		{ code: (error as { code?: string }).code ?? 'NETWORK_ERROR', message },
		{
			message,
			description:
				'Check the Base URL in the credential and the network between n8n and the provider. ' +
				'A send is not retried automatically, because it may have been delivered: check the delivery report before sending again.',
			itemIndex: context.itemIndex,
		},
	);
}
