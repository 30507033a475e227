import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { newEntries, pollOutput, type PolledEntry } from '../../shared/trigger/newEntries';
import { fetchTemplates, type UpyunTemplate } from '../helpers/templates';

const RESULTS = ['success', 'defeat'];

function templateItem(template: UpyunTemplate): INodeExecutionData {
	return {
		json: {
			id: String(template.id),
			title: template.title,
			status: template.status,
			approved: template.status === 'success',
			signature: template.temp_sign,
			content: template.content,
			type: template.type,
			updatedAt: template.updated_at,
			raw: template,
		},
	};
}

/** Templates whose review ended (approved or rejected) since the last poll. */
export async function pollTemplateReviews(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const templates = await fetchTemplates.call(this);
	if (this.getMode() === 'manual') {
		const reviewed = templates.filter((template) => RESULTS.includes(template.status));
		return reviewed.length ? [[templateItem(reviewed[reviewed.length - 1])]] : null;
	}
	const present = new Set(templates.map((template) => String(template.id)));
	// A template going back to review is remembered, so its next result is news again.
	const entries: PolledEntry[] = templates.map((template) => ({
		key: String(template.id),
		state: template.status,
		wanted: RESULTS.includes(template.status),
		item: templateItem(template),
	}));
	return pollOutput(
		newEntries(this.getWorkflowStaticData('node'), 'templates', entries, {
			emitExisting: options.emitExisting === true,
			keep: (key) => present.has(key),
		}),
	);
}
