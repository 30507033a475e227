import { NodeOperationError, type IHookFunctions, type WebhookSetupMethodNames } from 'n8n-workflow';

/** Key in the node's workflow static data holding the URL this workflow registered. */
export const REGISTERED_URL_KEY = 'registeredWebhookUrl';

function currentUrl(this: IHookFunctions): string {
	const url = this.getNodeWebhookUrl('default');
	if (!url) {
		throw new NodeOperationError(this.getNode(), 'n8n could not work out the webhook URL of this node', {
			description: 'Save the workflow, then publish it again.',
		});
	}
	return url;
}

/**
 * `webhookMethods.default` for a provider whose push address is pasted by hand into its console:
 * no remote call is made. `checkExists` tells whether this workflow recorded its current URL,
 * `create` records it, `delete` forgets it. Errors are not caught.
 */
export const manualWebhookMethods: Record<WebhookSetupMethodNames, (this: IHookFunctions) => Promise<boolean>> = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		return this.getWorkflowStaticData('node')[REGISTERED_URL_KEY] === currentUrl.call(this);
	},
	async create(this: IHookFunctions): Promise<boolean> {
		this.getWorkflowStaticData('node')[REGISTERED_URL_KEY] = currentUrl.call(this);
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		delete this.getWorkflowStaticData('node')[REGISTERED_URL_KEY];
		return true;
	},
};
