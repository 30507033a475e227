import type { IDataObject } from 'n8n-workflow';

import { providerRequest, type ProviderRequest, type RequestContext } from '../../shared/transport/request';
import { UPYUN_BASE_URL, upyunProvider } from './provider';

export { UPYUN_BASE_URL, upyunProvider };

export async function upyunRequest(
	this: RequestContext,
	request: ProviderRequest,
	itemIndex?: number,
): Promise<IDataObject> {
	const answer = await providerRequest.call<RequestContext, [typeof upyunProvider, ProviderRequest, number | undefined], Promise<IDataObject | undefined>>(this, upyunProvider, request, itemIndex);
	return answer ?? {};
}
