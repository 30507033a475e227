/** Every resource of the Aliyun SMS node and its operations (the router is typed by it). */
export type AliyunSmsOperations = {
	sms: 'send' | 'sendBatch' | 'getDeliveryDetails' | 'getStatistics';
	signature: 'create' | 'update' | 'get' | 'getMany' | 'delete';
	template: 'create' | 'update' | 'get' | 'getMany' | 'delete';
	tag: 'add' | 'remove' | 'getMany';
	international: 'send' | 'sendBatch' | 'getStatus';
};
