/** Every resource of the JPush SMS node and its operations (the router is typed by it). */
export type JPushSmsOperations = {
	account: 'getAppBalance' | 'getDevBalance';
	message: 'send' | 'sendBatch';
	report: 'getDeliveryReports' | 'getReplies';
	scheduledMessage: 'create' | 'createBatch' | 'delete' | 'get' | 'update' | 'updateBatch';
	signature: 'create' | 'delete' | 'get' | 'update';
	template: 'create' | 'delete' | 'get' | 'update';
	verificationCode: 'sendCode' | 'sendVoiceCode' | 'verify';
};
