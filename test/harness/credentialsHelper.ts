import { Credentials } from 'n8n-core';
import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeProperties,
	type IRequestOptionsSimplified,
	type IWorkflowDataProxyAdditionalKeys,
	type Workflow,
} from 'n8n-workflow';

import { getCredentialType } from './nodeTypes';

/**
 * Hands the test credentials to the engine and applies each credential type's own `authenticate`
 * block, as n8n's server does: functions are called, generic blocks are resolved with n8n's
 * expression engine and merged into the request.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly credentials: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const type = getCredentialType(typeName);
		const options = requestOptions as IHttpRequestOptions;
		if (!type?.authenticate) return options;
		if (typeof type.authenticate === 'function') return await type.authenticate(credentials, options);
		if (type.authenticate.type !== 'generic') return options;
		const resolve = (value: unknown): unknown => {
			if (typeof value !== 'string' || !value.startsWith('=')) return value;
			if (!workflow || !node) throw new Error('Generic authentication needs the workflow and node');
			return workflow.expression.getSimpleParameterValue(node, value, 'internal', {
				$credentials: credentials,
			} as unknown as IWorkflowDataProxyAdditionalKeys);
		};
		const target = options as unknown as Record<string, IDataObject | undefined>;
		for (const [outerKey, block] of Object.entries(type.authenticate.properties)) {
			for (const [key, value] of Object.entries(block as IDataObject)) {
				// As n8n's CredentialsHelper does: assign into the existing object (a Buffer body stays a Buffer).
				const existing = target[outerKey];
				if (existing !== null && typeof existing === 'object') existing[key] = resolve(value) as IDataObject[string];
				else target[outerKey] = { [key]: resolve(value) } as IDataObject;
			}
		}
		return options;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async getDecrypted(
		_additionalData: unknown,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.credentials[type];
		if (!data) throw new Error(`The test gave no credential of type ${type}`);
		return { ...data };
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails): Promise<Credentials> {
		return new Credentials({ id: nodeCredentials.id, name: nodeCredentials.name }, '', '');
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return getCredentialType(type)?.properties ?? [];
	}
}
