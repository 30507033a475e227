/** Every resource of the Yunpian node and its operations (the router is typed by it). */
export type YunpianOperations = {
	account: 'get' | 'update';
	flow: 'getPackages' | 'pullStatus' | 'recharge';
	shortUrl: 'getStats' | 'shorten';
	signature: 'create' | 'getMany' | 'update';
	sms:
		| 'checkBlackWords'
		| 'count'
		| 'getRecords'
		| 'getReplies'
		| 'pullReplies'
		| 'pullStatus'
		| 'reportRegistration'
		| 'send'
		| 'sendBatch'
		| 'sendMulti'
		| 'sendTemplate'
		| 'sendTemplateBatch';
	template: 'create' | 'createVoice' | 'delete' | 'get' | 'getDefault' | 'getMany' | 'update' | 'updateVoice';
	videoSms: 'createTemplate' | 'getTemplate' | 'send';
	voice: 'pullStatus' | 'sendCode' | 'sendNotification';
};
