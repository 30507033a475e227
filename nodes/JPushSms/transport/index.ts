import type { IDataObject } from 'n8n-workflow';

import { providerRequest, type ProviderRequest, type RequestContext } from '../../shared/transport/request';
import { jpushProvider } from './provider';

export { jpushProvider };

/** One JPush API call; an empty answer (DELETE answers 200 with no body) becomes `{}`. */
export async function jpushRequest(
	this: RequestContext,
	request: ProviderRequest,
	itemIndex?: number,
): Promise<IDataObject> {
	const answer = await providerRequest.call<RequestContext, [typeof jpushProvider, ProviderRequest, number | undefined], Promise<IDataObject | undefined>>(this, jpushProvider, request, itemIndex);
	return answer ?? {};
}
