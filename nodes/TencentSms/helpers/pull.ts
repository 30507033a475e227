import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { readAppId } from './appId';
import { readPhoneNumber } from './numbers';
import { readMoment, unixSeconds } from './time';
import { tencentRequest } from '../transport';

/** The pull actions take at most 100 a call (https://cloud.tencent.com/document/api/382/55977). */
export const PULL_LIMIT = 100;
/** A Return All pull stops after this many calls, so a queue that keeps filling cannot hold the node forever. */
const MAX_PULLS = 100;

export type PullKind = 'status' | 'reply';

const ACTIONS: Record<PullKind, { queue: string; byNumber: string; set: string }> = {
	status: { queue: 'PullSmsSendStatus', byNumber: 'PullSmsSendStatusByPhoneNumber', set: 'PullSmsSendStatusSet' },
	reply: { queue: 'PullSmsReplyStatus', byNumber: 'PullSmsReplyStatusByPhoneNumber', set: 'PullSmsReplyStatusSet' },
};

export const queueFields = (what: string): INodeProperties[] => [
	{
		displayName: `Each ${what} can be pulled only once: what this operation returns is gone from Tencent’s queue. The pull APIs must be enabled by Tencent Cloud support.`,
		name: 'queueNotice',
		type: 'notice',
		default: '',
	},
	{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false, description: 'Whether to return all results or only up to a given limit' },
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1, maxValue: PULL_LIMIT },
		displayOptions: { show: { returnAll: [false] } },
		description: 'Max number of results to return',
	},
];

export const byNumberFields: INodeProperties[] = [
	{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '', required: true, placeholder: 'e.g. +8613800138000' },
	{ displayName: 'Since', name: 'beginTime', type: 'dateTime', default: '', required: true, description: 'From this time; at most 7 days back' },
	{ displayName: 'Until', name: 'endTime', type: 'dateTime', default: '', description: 'Until this time; empty means now' },
	{ displayName: 'Limit', name: 'limit', type: 'number', default: 50, typeOptions: { minValue: 1, maxValue: PULL_LIMIT }, description: 'Max number of results to return' },
];

function readLimit(context: IExecuteFunctions, itemIndex: number): number {
	const limit = Number(context.getNodeParameter('limit', itemIndex, 50));
	if (!Number.isInteger(limit) || limit < 1 || limit > PULL_LIMIT) {
		throw inputError(context.getNode(), itemIndex, 'Limit', `${String(limit)} is not a whole number from 1 to ${PULL_LIMIT}`, `Set Limit from 1 to ${PULL_LIMIT}; Tencent returns at most ${PULL_LIMIT} a call.`);
	}
	return limit;
}

/** Pulls the queue (each entry once): up to Limit, or until a call returns fewer than 100. */
export async function pullQueue(context: IExecuteFunctions, itemIndex: number, kind: PullKind): Promise<IDataObject[]> {
	const appId = await readAppId(context, itemIndex);
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) === true;
	const wanted = returnAll ? Infinity : readLimit(context, itemIndex);
	const { queue, set } = ACTIONS[kind];
	const rows: IDataObject[] = [];
	for (let call = 0; call < MAX_PULLS && rows.length < wanted; call++) {
		const limit = Math.min(PULL_LIMIT, wanted - rows.length);
		// A pull changes Tencent's queue: never retried, or entries would be lost.
		const answer = await tencentRequest.call(context, { action: queue, body: { Limit: limit, SmsSdkAppId: appId }, kind: 'write', fields: [set] }, itemIndex);
		const page = answer[set] as IDataObject[];
		rows.push(...page);
		if (page.length < limit) break;
	}
	return rows;
}

/** Receipts or replies of one number (read-only, up to 7 days back). */
export async function pullByNumber(context: IExecuteFunctions, itemIndex: number, kind: PullKind): Promise<IDataObject[]> {
	const appId = await readAppId(context, itemIndex);
	const body: IDataObject = {
		PhoneNumber: readPhoneNumber(context, itemIndex, 'phoneNumber', 'Phone Number'),
		BeginTime: unixSeconds(readMoment(context, itemIndex, 'beginTime', 'Since')),
		// Offset is "currently fixed at 0" (https://cloud.tencent.com/document/api/382/52077).
		Offset: 0,
		Limit: readLimit(context, itemIndex),
		SmsSdkAppId: appId,
	};
	const end = readMoment(context, itemIndex, 'endTime', 'Until', -1);
	if (end >= 0) body.EndTime = unixSeconds(end);
	const { byNumber, set } = ACTIONS[kind];
	const answer = await tencentRequest.call(context, { action: byNumber, body, kind: 'read', fields: [set] }, itemIndex);
	return answer[set] as IDataObject[];
}
