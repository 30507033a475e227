import type {
	ICredentialType,
	INodeType,
	INodeTypes,
	ITriggerFunctions,
	ITriggerResponse,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';

import { UpyunSmsApi } from '../../credentials/UpyunSmsApi.credentials';
import { UpyunSms } from '../../nodes/UpyunSms/UpyunSms.node';

/** The start node of every test workflow, shaped like n8n's Manual Trigger: it passes its input on. */
class ManualTrigger implements INodeType {
	description = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: 'Manual Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as INodeType['description'];

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		return { manualTriggerFunction: async () => this.emit([this.helpers.returnJsonArray([{}])]) };
	}
}

/** Every node type of the package, by the type name a workflow uses. */
export const packageNodeTypes: Record<string, INodeType | IVersionedNodeType> = {
	'n8n-nodes-base.manualTrigger': new ManualTrigger(),
	'n8n-nodes-china-sms.upyunSms': new UpyunSms(),
};

export const packageCredentialTypes: Record<string, ICredentialType> = {
	upyunSmsApi: new UpyunSmsApi(),
};

export class PackageNodeTypes implements INodeTypes {
	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const type = packageNodeTypes[nodeType];
		if (!type) throw new Error(`Unknown node type ${nodeType}`);
		return type;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes() {
		return {};
	}
}
