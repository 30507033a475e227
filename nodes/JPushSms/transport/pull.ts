import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport/request';
import { jpushRequest } from './index';

/**
 * JPush's pull APIs (https://docs.jiguang.cn/jsms/server/rest_api_jsms_inquire): each record is
 * handed out once, at most 500 per call, at most one call every 5 seconds, and none while a
 * callback URL is set for the app.
 */
export const PULL_PATHS = { SMS_REPORT: '/v1/report', SMS_REPLY: '/v1/reply' } as const;
export type PullEvent = keyof typeof PULL_PATHS;
export type PullPath = (typeof PULL_PATHS)[PullEvent];

export const PULL_LIMIT = 500;
export const PULL_INTERVAL_MS = 5000;

/**
 * One call to a pull API: the records it handed out, as JPush sent them. The answer is a bare JSON
 * array. Each record is returned once, so an answer lost on its way back cannot be asked for again:
 * a pull is a write, never retried by the transport.
 */
export async function pullRecords(this: RequestContext, path: PullPath, itemIndex?: number): Promise<IDataObject[]> {
	const answer: unknown = await jpushRequest.call(this, { method: 'GET', path, kind: 'write', expect: 'array' }, itemIndex);
	return Array.isArray(answer) ? (answer as IDataObject[]) : [];
}
