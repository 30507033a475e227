import { apiError, isFailure } from '../errors';
import { bodyFields, textField } from '../fields';
import { beijingDay, MOBILE_PATTERN } from '../state';
import { SELF_OWNER, type SandboxDetection } from '../types';
import type { UpyunSandbox } from '../upyunSandbox';

/** Deterministic number status by last digit (the real code list is unknown; upyun.md §2.11). */
function phoneStatus(mobile: string): { phoneStatus: number; phoneStatusStr: string } {
	switch (mobile.slice(-1)) {
		case '0':
			return { phoneStatus: 0, phoneStatusStr: '空号' };
		case '4':
			return { phoneStatus: 2, phoneStatusStr: '停机' };
		case '5':
			return { phoneStatus: 5, phoneStatusStr: '沉默号' };
		default:
			return { phoneStatus: 1, phoneStatusStr: '实号' };
	}
}

const TELECOM = ['133', '149', '153', '173', '177', '180', '181', '189', '190', '191', '193', '199'];
const UNICOM = ['130', '131', '132', '145', '155', '156', '166', '175', '176', '185', '186', '196'];

/** Carrier by prefix (1 移动, 2 联通, 3 电信; the sample has 3 = 电信). */
function carrier(mobile: string): { carrier: number; carrierStr: string } {
	const prefix = mobile.slice(0, 3);
	if (TELECOM.includes(prefix)) return { carrier: 3, carrierStr: '电信' };
	if (UNICOM.includes(prefix)) return { carrier: 2, carrierStr: '联通' };
	return { carrier: 1, carrierStr: '移动' };
}

export function registerAccountRoutes(sb: UpyunSandbox): void {
	// 1. Balance.
	sb.apiRoute('GET', '/api/users/remain', () => sb.json(200, { ...sb.balance }));

	// 11. Number detection: answered at once, finished (count = sum, done_time set). Not billed.
	sb.apiRoute('POST', '/api/detection/mobile', (request) => {
		const fields = bodyFields(request);
		if (!fields) return apiError('MISSING_PARAMETER', 'mobile is required');
		const mobile = textField(fields, 'mobile');
		if (mobile === undefined) return apiError('MISSING_PARAMETER', 'mobile is required');
		if (isFailure(mobile)) return mobile.failure;
		const mobiles = mobile.split(',');
		if (mobiles.length > sb.mobileLimit) {
			return apiError('MOBILE_LIMIT', `${mobiles.length} numbers; at most ${sb.mobileLimit}`);
		}
		const invalid = mobiles.filter((one) => !MOBILE_PATTERN.test(one));
		if (invalid.length > 0) return apiError('ILLEGAL_MOBILE', `invalid: ${invalid.map((one) => `"${one}"`).join(', ')}`);
		const now = sb.now();
		const seconds = Math.floor(now.getTime() / 1000);
		const task: SandboxDetection = {
			id: sb.newDetectionId(),
			owner_id: SELF_OWNER.id,
			date: beijingDay(now),
			mobiles,
			sum: mobiles.length,
			count: mobiles.length,
			created_at: seconds,
			done_time: seconds,
			data: mobiles.map((one) => ({
				phone: one,
				...phoneStatus(one),
				...carrier(one),
				province: '浙江省',
				city: '杭州市',
			})),
		};
		sb.detections.push(task);
		// The SKIT sample writes the numbers as JSON numbers; 11 digits are safe as numbers.
		return sb.json(200, {
			...task,
			mobiles: task.mobiles.map(Number),
			data: task.data.map((row) => ({ ...row, phone: Number(row.phone) })),
		});
	});
}
