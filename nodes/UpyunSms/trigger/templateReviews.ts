import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { SeenStore } from '../../shared/trigger/seenStore';
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
	const seen = new SeenStore(this.getWorkflowStaticData('node'), 'templates');
	const emitNow = seen.primed || options.emitExisting === true;
	const fresh: INodeExecutionData[] = [];
	for (const template of templates) {
		const id = String(template.id);
		if (seen.has(id, template.status)) continue;
		seen.remember(id, template.status);
		// A template going back to review is remembered, so its next result is news again.
		if (emitNow && RESULTS.includes(template.status)) fresh.push(templateItem(template));
	}
	seen.markPrimed();
	const present = new Set(templates.map((template) => String(template.id)));
	seen.prune((id) => present.has(id));
	return fresh.length ? [fresh] : null;
}
