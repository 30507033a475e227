import type { IDataObject } from 'n8n-workflow';

/** A QuerySendDetails record (aliyun.md §2.3). */
export interface SendDetail {
	PhoneNum: string;
	SendStatus: number;
	ErrCode: string;
	TemplateCode: string;
	Content: string;
	SendDate: string;
	ReceiveDate?: string;
	OutId?: string;
}

/** SendStatus 1 waiting for the receipt, 2 failed, 3 delivered. */
const STATUS: Record<number, string> = { 1: 'waiting', 2: 'failed', 3: 'delivered' };

/** One record as an item: the status in words next to Aliyun's number and carrier code (DELIVERED on success). */
export function deliveryOf(detail: SendDetail): IDataObject {
	return {
		mobile: detail.PhoneNum,
		status: STATUS[Number(detail.SendStatus)] ?? `unknown (${String(detail.SendStatus)})`,
		delivered: Number(detail.SendStatus) === 3,
		sendStatus: Number(detail.SendStatus),
		errorCode: detail.ErrCode ?? '',
		templateCode: detail.TemplateCode,
		content: detail.Content,
		sendDate: detail.SendDate,
		receiveDate: detail.ReceiveDate ?? '',
		outId: detail.OutId ?? '',
	};
}
