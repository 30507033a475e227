import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { SandboxServer } from './kit/server';
import { JPushSandbox, jpushTestCredentials } from './jpush';
import { LiupaiSandbox, liupaiTestAppkey, liupaiWrongAppkey } from './liupai';
import { UpyunSandbox, upyunTestToken } from './upyun';
import { YunpianSandbox, yunpianTestApiKey, yunpianWrongApiKey } from './yunpian';

/** What every provider sandbox offers to the launcher, `npm start` and end-to-end tests. */
export interface ProviderSandbox {
	readonly server: SandboxServer;
	start(port?: number): Promise<string>;
	stop(): Promise<void>;
	reset(): void;
}

export interface SandboxProvider {
	key: string;
	displayName: string;
	/** Node type name without the package prefix, e.g. `upyunSms`. */
	nodeType: string;
	credentialType: string;
	/** Port = SANDBOX_PORT_BASE + this offset when started by the launcher. */
	portOffset: number;
	create(): ProviderSandbox;
	/** Credential data that the sandbox accepts. */
	credentials(baseUrl: string): ICredentialDataDecryptedObject;
	/** Credential data that the sandbox refuses (for credential-test checks). */
	badCredentials(baseUrl: string): ICredentialDataDecryptedObject;
	/** Node parameters of a send that succeeds against a freshly reset sandbox. */
	demoSend: IDataObject;
}

export const upyunProvider: SandboxProvider = {
	key: 'upyun',
	displayName: 'UPYUN SMS',
	nodeType: 'upyunSms',
	credentialType: 'upyunSmsApi',
	portOffset: 1,
	create: () => new UpyunSandbox(),
	credentials: (baseUrl) => ({ token: upyunTestToken, baseUrl }),
	badCredentials: (baseUrl) => ({ token: 'not-the-upyun-token', baseUrl }),
	demoSend: {
		resource: 'message',
		operation: 'send',
		mobiles: '13800138000',
		templateId: { __rl: true, mode: 'id', value: '1' },
		variables: { values: [{ value: '123456' }, { value: '5' }] },
	},
};

export const liupaiProvider: SandboxProvider = {
	key: 'liupai',
	displayName: 'Liupai',
	nodeType: 'liupai',
	credentialType: 'liupaiApi',
	portOffset: 2,
	create: () => new LiupaiSandbox(),
	credentials: (baseUrl) => ({ appSecret: liupaiTestAppkey, baseUrl }),
	badCredentials: (baseUrl) => ({ appSecret: liupaiWrongAppkey, baseUrl }),
	demoSend: {
		resource: 'message',
		operation: 'send',
		mobiles: '13800138000',
		contentMode: 'template',
		accountId: { __rl: true, mode: 'id', value: '12' },
		templateId: { __rl: true, mode: 'id', value: '1001' },
		variables: { values: [{ value: '123456' }] },
	},
};

export const jpushProvider: SandboxProvider = {
	key: 'jpush',
	displayName: 'JPush SMS',
	nodeType: 'jPushSms',
	credentialType: 'jPushSmsApi',
	portOffset: 3,
	create: () => new JPushSandbox(),
	credentials: (baseUrl) => ({ ...jpushTestCredentials, baseUrl }),
	badCredentials: (baseUrl) => ({ ...jpushTestCredentials, masterSecret: 'not-the-master-secret', baseUrl }),
	demoSend: {
		resource: 'message',
		operation: 'send',
		mobile: '13800138000',
		templateId: { __rl: true, mode: 'id', value: '1002' },
		variablesInput: 'fields',
		variables: { values: [{ name: 'number', value: 'SO-1001' }] },
	},
};

export const yunpianProvider: SandboxProvider = {
	key: 'yunpian',
	displayName: 'Yunpian',
	nodeType: 'yunpian',
	credentialType: 'yunpianApi',
	portOffset: 4,
	create: () => new YunpianSandbox(),
	credentials: (baseUrl) => ({ apiKey: yunpianTestApiKey, baseUrl }),
	badCredentials: (baseUrl) => ({ apiKey: yunpianWrongApiKey, baseUrl }),
	demoSend: {
		resource: 'sms',
		operation: 'send',
		mobile: '13800138000',
		text: '【ACME】Your code is 1234',
	},
};

/** Every provider of the package, in menu order. */
export const sandboxProviders: SandboxProvider[] = [jpushProvider, liupaiProvider, upyunProvider, yunpianProvider];
