import type { IDataObject } from 'n8n-workflow';

import { outputObject } from './outputNames';

/**
 * A video SMS template as the node outputs it: `templateId` (a string), `status` (`PENDING`,
 * `CHECKING`, `SUCCESS`, `FAIL`, `EXPIRED`) with `approved`, `expireTime`, `reason`, and where it can
 * be delivered (`chinaMobileEnabled`, `chinaUnicomEnabled`, `chinaTelecomEnabled` for Yunpian's
 * `yd_enabled`, `lt_enabled`, `dx_enabled`), then any other field in camelCase.
 */
export function videoTemplateJson(template: IDataObject): IDataObject {
	const { templateId, status, ...rest } = outputObject(
		template,
		{ tpl_id: 'templateId', check_status: 'status', yd_enabled: 'chinaMobileEnabled', lt_enabled: 'chinaUnicomEnabled', dx_enabled: 'chinaTelecomEnabled' },
		['tpl_id'],
	);
	return { templateId, status: status ?? null, approved: status === 'SUCCESS', ...rest };
}

/** `vsms/*` answers wrap the template in `{ code, msg, data: {…} }`. */
export function videoTemplateResult(answer: IDataObject): IDataObject {
	const data = answer.data;
	return videoTemplateJson(data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : answer);
}
