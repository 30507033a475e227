/** Every resource of the Liupai node and its operations (the router is typed by it). */
export type LiupaiOperations = {
	account: 'getBalance';
	message: 'send';
	sendLog: 'getMany';
	subAccount: 'create' | 'getMany' | 'update';
	template: 'create' | 'getMany';
};
