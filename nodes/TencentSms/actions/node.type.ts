/** Every resource of the Tencent Cloud SMS node and its operations (the router is typed by it). */
export type TencentSmsOperations = {
	conversion: 'report';
	message: 'getRecords' | 'send' | 'sendInternational';
	phoneNumber: 'getInfo';
	signature: 'create' | 'delete' | 'getMany' | 'update';
	statistics: 'getPackages' | 'getReceiptStats' | 'getSendStats';
	status: 'getDeliveryReports' | 'getReplies' | 'pullDeliveryReports' | 'pullReplies';
	template: 'create' | 'delete' | 'getMany' | 'update';
};
