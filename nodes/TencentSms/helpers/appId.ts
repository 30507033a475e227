import type { IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';

/**
 * The credential's SDK AppID (SmsSdkAppId), which every send, pull and statistics action names
 * (https://cloud.tencent.com/document/api/382/55981). Empty → an input error before anything is sent.
 */
export async function readAppId(context: IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions, itemIndex = 0): Promise<string> {
	const credentials = await context.getCredentials('tencentCloudApi');
	const value = typeof credentials.smsSdkAppId === 'string' ? credentials.smsSdkAppId.trim() : String(credentials.smsSdkAppId ?? '');
	if (/^\d+$/.test(value)) return value;
	throw inputError(
		context.getNode(),
		itemIndex,
		'SDK AppID (SmsSdkAppId)',
		value ? `"${value}" is not an SDK AppID` : 'the Tencent Cloud API credential has no SDK AppID',
		'Open the credential and copy the SDK AppID (e.g. 1400006666) from the SMS console (Application Management → Application List).',
	);
}
