import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import type { SmsProvider } from '../provider';
import { redactText, secretVariants } from '../redaction';

/** A request as Preview Only shows it: method, full URL (with the query the node gives) and body. */
export interface DescribedRequest {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
}

/**
 * How a provider's requests would go out, for a send adapter's `describeRequest`: the credential's Base URL
 * (read once; the default when it is not set), the path and the node's own query and body. Keys, signatures and
 * Authorization headers are added at send time by the credential and are not part of it; a Base URL that quoted
 * a secret would show it masked.
 */
export async function requestDescriber(
	context: IExecuteFunctions,
	provider: SmsProvider,
	defaultBaseUrl: string,
	/** The host a request goes to when it depends on more than the credential (Yunpian's products), as providerRequest takes it. */
	baseUrl: (configured: string) => string = (configured) => configured,
): Promise<(request: DescribedRequest) => IDataObject> {
	const credentials = await context.getCredentials(provider.credentialType);
	const configured = credentials[provider.baseUrlField];
	const base = baseUrl(typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : defaultBaseUrl).replace(/\/+$/, '');
	const secrets = secretVariants(credentials, provider.secretFields);
	return (request) => {
		const query = request.qs && Object.keys(request.qs).length > 0 ? `?${new URLSearchParams(request.qs as Record<string, string>).toString()}` : '';
		const described: IDataObject = { method: request.method, url: redactText(`${base}${request.path}${query}`, secrets) };
		if (request.body !== undefined) described.body = request.body;
		return described;
	};
}
