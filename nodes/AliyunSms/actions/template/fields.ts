import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { findPlaceholders } from '../../../shared/templates/placeholders';
import { textOf } from '../../../shared/validation/text';
import { getOptionalText, getSignName } from '../../helpers/fields';

/** Variable properties of TemplateRule ("TemplateRule&TemplateContent参数填写示例", https://help.aliyun.com/document_detail/2806243.html). */
const PROPERTIES = [
	{ name: 'Code of Digits', value: 'numberCaptcha', description: 'NumberCaptcha: 4–6 digits' },
	{ name: 'Code of Letters and Digits', value: 'characterWithNumber2', description: 'CharacterWithNumber2: 4–6 letters and digits' },
	{ name: 'Name', value: 'name', description: 'A person’s or company’s name' },
	{ name: 'Other Number', value: 'other_number2', description: 'Order numbers and the like' },
	{ name: 'Other Text', value: 'other', description: 'Any other text' },
	{ name: 'Phone Number', value: 'phone_number2', description: 'A landline or mobile number' },
	{ name: 'Time', value: 'time', description: 'A date or time, e.g. 2026-05-01 10:00' },
];

/** The fields of CreateSmsTemplate and UpdateSmsTemplate (https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-createsmstemplate). */
export const templateFields: INodeProperties[] = [
	{ displayName: 'Name', name: 'templateName', type: 'string', default: '', required: true, placeholder: 'e.g. Order shipped', description: 'Up to 30 characters' },
	{
		displayName: 'Type',
		name: 'templateType',
		type: 'options',
		options: [
			{ name: 'Verification Code', value: 0 },
			{ name: 'Notification', value: 1 },
			{ name: 'Promotional', value: 2, description: 'The text must end with "拒收请回复R"' },
			{ name: 'International', value: 3 },
		],
		default: 1,
	},
	{
		displayName: 'Content',
		name: 'templateContent',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: 'e.g. 您的订单${order}已发货，请注意查收。',
		description: 'Up to 500 characters, variables as ${name}; each variable once, not next to another, no 【】 (Aliyun adds the signature)',
	},
	{
		displayName: 'Related Signature',
		name: 'relatedSignName',
		type: 'string',
		default: '',
		placeholder: 'e.g. ACME',
		description: 'An approved signature, shown to the reviewers (required for every type but International)',
		displayOptions: { hide: { templateType: [3] } },
	},
	{
		displayName: 'International Type',
		name: 'intlType',
		type: 'options',
		options: [
			{ name: 'Notification', value: 0 },
			{ name: 'Promotional', value: 1 },
			{ name: 'Verification Code', value: 2 },
		],
		default: 0,
		displayOptions: { show: { templateType: [3] } },
	},
	{
		displayName: 'Variable Rules',
		name: 'templateRule',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Rule',
		description: 'What each ${name} holds (TemplateRule): one rule per variable of the content',
		options: [
			{
				displayName: 'Rule',
				name: 'rules',
				values: [
					{ displayName: 'Variable', name: 'variable', type: 'string', default: '', placeholder: 'e.g. code', description: 'The variable’s name, without ${ }' },
					{ displayName: 'Holds', name: 'property', type: 'options', options: PROPERTIES, default: 'other' },
				],
			},
		],
	},
	{ displayName: 'Remark', name: 'remark', type: 'string', default: '', placeholder: 'e.g. Sent after an order ships, e.g. 您的订单SO-1已发货', description: 'The use and a full example with real values, for the reviewers' },
];

/** The query of CreateSmsTemplate / UpdateSmsTemplate, checked against Aliyun's content rules before sending. */
export function readTemplateQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = context.getNode();
	const name = textOf(node, itemIndex, 'Name', context.getNodeParameter('templateName', itemIndex, '')).trim();
	if (name === '' || [...name].length > 30) throw inputError(node, itemIndex, 'Name', name ? `has ${[...name].length} characters` : 'is empty', 'Use 1–30 characters.');
	const content = textOf(node, itemIndex, 'Content', context.getNodeParameter('templateContent', itemIndex, '')).trim();
	if (content === '' || [...content].length > 500) throw inputError(node, itemIndex, 'Content', content ? `has ${[...content].length} characters` : 'is empty', 'Use 1–500 characters.');
	if (/[【】]/.test(content)) throw inputError(node, itemIndex, 'Content', 'contains 【 or 】', 'Remove them: Aliyun adds the signature in 【】 itself.');
	const type = Number(context.getNodeParameter('templateType', itemIndex, 1));
	if (![0, 1, 2, 3].includes(type)) throw inputError(node, itemIndex, 'Type', `${String(type)} is not an option`, 'Pick a template type.');
	if (type === 2 && !content.endsWith('拒收请回复R')) throw inputError(node, itemIndex, 'Content', 'a promotional template must end with "拒收请回复R"', 'Add "拒收请回复R" (reply R to unsubscribe) at the end.');
	const all = [...content.matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1]);
	const bad = all.find((variable) => !/^[A-Za-z0-9_]+$/.test(variable));
	if (bad !== undefined) throw inputError(node, itemIndex, 'Content', `\${${bad}} is not a variable name`, 'Name variables with letters, digits and _ only, e.g. ${order_no}.');
	if (new Set(all).size !== all.length) throw inputError(node, itemIndex, 'Content', 'a variable appears twice', 'Use each ${name} once.');
	if (/\}\$\{/.test(content)) throw inputError(node, itemIndex, 'Content', 'two variables are next to each other', 'Put text between variables.');
	const variables = findPlaceholders(content, 'aliyun').map((placeholder) => placeholder.key);
	if (type === 0 && variables.length !== 1) throw inputError(node, itemIndex, 'Content', `a verification-code template has ${variables.length} variables`, 'Use exactly one variable, e.g. ${code}.');
	const rules = (context.getNodeParameter('templateRule.rules', itemIndex, []) as Array<{ variable?: unknown; property?: unknown }>) ?? [];
	const rule: Record<string, string> = {};
	for (const entry of rules) {
		const variable = textOf(node, itemIndex, 'Variable Rules → Variable', entry.variable).trim().replace(/^\$\{(.*)\}$/, '$1');
		if (!variables.includes(variable)) throw inputError(node, itemIndex, `Variable Rules → ${variable || '(empty)'}`, 'the content has no such variable', `The content has ${variables.join(', ') || 'no variables'}.`);
		rule[variable] = String(entry.property);
	}
	const missing = variables.find((variable) => rule[variable] === undefined);
	if (missing) throw inputError(node, itemIndex, 'Variable Rules', `no rule for \${${missing}}`, 'Add a rule saying what each variable holds.');
	const query: IDataObject = { TemplateName: name, TemplateContent: content, TemplateType: type };
	if (variables.length > 0) query.TemplateRule = JSON.stringify(rule);
	if (type === 3) query.IntlType = Number(context.getNodeParameter('intlType', itemIndex, 0));
	else query.RelatedSignName = getSignName(context, itemIndex, 'relatedSignName', 'Related Signature');
	const remark = getOptionalText(context, itemIndex, 'remark', 'Remark');
	if (remark) query.Remark = remark;
	return query;
}
