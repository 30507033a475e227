/** Every resource of the UPYUN SMS node and its operations (the router is typed by it). */
export type UpyunSmsOperations = {
	account: 'getBalance';
	message: 'send' | 'sendBulk' | 'sendFromFile' | 'sendPersonalized';
	number: 'detect';
	report: 'getMany' | 'getManyInternational';
	template: 'create' | 'delete' | 'get' | 'getMany' | 'update';
};
