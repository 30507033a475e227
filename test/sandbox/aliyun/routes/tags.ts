import { biz, ok, required, type AliyunSandbox, type Answer, type Params } from '../aliyunSandbox';

const VERSION = '2017-05-25';
const MAX = 20;

/** `Name.1`, `Name.2`… (flattened repeat lists, aliyun.md §1.2) in order, until the first gap. */
function numbered(params: Params, prefix: string, suffix = ''): string[] {
	const values: string[] = [];
	for (let index = 1; params[`${prefix}.${index}${suffix}`] !== undefined; index++) values.push(params[`${prefix}.${index}${suffix}`]);
	return values;
}

/** The common checks of the tag actions (aliyun.md §8 Tags): RegionId, ResourceType TEMPLATE, ≤ 20 existing template codes. */
function resources(sb: AliyunSandbox, params: Params, needIds = true): string[] | Answer {
	required(params, 'RegionId', 'ResourceType');
	if (params.ResourceType !== 'TEMPLATE') return biz('isv.INVALID_PARAMETERS', 'ResourceType只支持TEMPLATE');
	const ids = numbered(params, 'ResourceId');
	if (needIds && ids.length === 0) return biz('isv.INVALID_PARAMETERS', 'ResourceId不能为空');
	if (ids.length > MAX) return biz('isv.INVALID_PARAMETERS', 'ResourceId数量超过限制');
	const unknown = ids.find((id) => !sb.templates.has(id));
	if (unknown) return biz('isv.SMS_TEMPLATE_ILLEGAL', `模板不存在${unknown}`);
	return ids;
}

const isAnswer = (value: unknown): value is Answer => !Array.isArray(value);

function tagResources(sb: AliyunSandbox, params: Params): Answer {
	const ids = resources(sb, params);
	if (isAnswer(ids)) return ids;
	const keys = numbered(params, 'Tag', '.Key');
	const values = numbered(params, 'Tag', '.Value');
	if (keys.length === 0 || keys.length > MAX || values.length !== keys.length) return biz('isv.INVALID_PARAMETERS', 'Tag参数不正确');
	for (const id of ids) {
		const tags = { ...sb.templates.get(id)!.tags };
		keys.forEach((key, index) => (tags[key] = values[index]));
		if (Object.keys(tags).length > MAX) return biz('isv.INVALID_PARAMETERS', '每个模板最多20个标签');
		sb.templates.get(id)!.tags = tags;
	}
	return ok({ Data: 'true' });
}

function untagResources(sb: AliyunSandbox, params: Params): Answer {
	const ids = resources(sb, params);
	if (isAnswer(ids)) return ids;
	const keys = numbered(params, 'TagKey');
	if (keys.length > MAX) return biz('isv.INVALID_PARAMETERS', 'TagKey数量超过限制');
	for (const id of ids) {
		const template = sb.templates.get(id)!;
		if (params.All === 'true') template.tags = {};
		else for (const key of keys) delete template.tags[key];
	}
	return ok({ Data: 'true' });
}

function listTagResources(sb: AliyunSandbox, params: Params): Answer {
	const ids = resources(sb, params, false);
	if (isAnswer(ids)) return ids;
	const keys = numbered(params, 'Tag', '.Key');
	const values = numbered(params, 'Tag', '.Value');
	if (ids.length === 0 && keys.length === 0) return biz('isv.INVALID_PARAMETERS', 'ResourceId和Tag至少填写一个');
	const rows = [...sb.templates.values()]
		.filter((template) => ids.length === 0 || ids.includes(template.code))
		.flatMap((template) => Object.entries(template.tags).map(([TagKey, TagValue]) => ({ ResourceId: template.code, ResourceType: 'ALIYUN::DYSMS::TEMPLATE', TagKey, TagValue })))
		.filter((row) => keys.length === 0 || keys.some((key, index) => row.TagKey === key && (values[index] === undefined || values[index] === row.TagValue)));
	const size = Number(params.PageSize ?? '50');
	const start = Number(params.NextToken ?? '0');
	const page = rows.slice(start, start + size);
	return ok({ TagResources: { TagResource: page }, NextToken: start + size < rows.length ? String(start + size) : '' });
}

export function registerTagActions(sb: AliyunSandbox): void {
	sb.action('TagResources', VERSION, (params) => tagResources(sb, params));
	sb.action('UntagResources', VERSION, (params) => untagResources(sb, params));
	sb.action('ListTagResources', VERSION, (params) => listTagResources(sb, params));
}
