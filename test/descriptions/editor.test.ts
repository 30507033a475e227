import { NodeHelpers, Workflow, type INode, type INodeProperties, type INodePropertyOptions, type INodeTypeDescription } from 'n8n-workflow';

import packageJson from '../../package.json';
import { headingAnchor } from '../../nodes/shared/descriptions/docs';
import { PackageNodeTypes } from '../harness/nodeTypes';
import { fs, path, repoRoot } from '../support/node';

/**
 * What n8n 2.41's editor shows of each node description: the canvas subtitle (an expression evaluated
 * with the node's parameters, defaults filled in as the editor does), the Docs link of the node panel,
 * and the node creator's entry for a node and its trigger.
 */
const nodeTypes = new PackageNodeTypes();
const PACKAGE = packageJson.name;
const typeName = (builtPath: string) => {
	const className = path.basename(builtPath).split('.')[0];
	return `${PACKAGE}.${className.charAt(0).toLowerCase()}${className.slice(1)}`;
};
const described = packageJson.n8n.nodes.map((builtPath) => ({
	builtPath,
	type: typeName(builtPath),
	description: nodeTypes.getByNameAndVersion(typeName(builtPath)).description,
}));
const actions = described.filter((node) => !node.description.group.includes('trigger'));
const triggers = described.filter((node) => node.description.group.includes('trigger'));

const optionsOf = (property: INodeProperties) => (property.options ?? []) as INodePropertyOptions[];
const withoutAlias = (name: string) => name.replace(/\s*\([^()]*[\u3400-\u9fff][^()]*\)$/u, '');

/** The canvas subtitle of a node with these parameters, as the editor computes it (NodeHelpers defaults, expression engine). */
function subtitleOf(type: string, description: INodeTypeDescription, parameters: INode['parameters']): unknown {
	const node: INode = { id: 'n', name: 'Node', type, typeVersion: 1, position: [0, 0], parameters: {} };
	node.parameters = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, node, description) ?? {};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, description.subtitle!, 'internal', {});
}

/** README headings and the anchors GitHub gives them (a repeated heading gets -1, -2, …). */
function readmeAnchors(): string[] {
	const seen = new Map<string, number>();
	return fs
		.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
		.split('\n')
		.filter((line) => /^#{1,6} /.test(line))
		.map((line) => {
			const anchor = headingAnchor(line.replace(/^#+ /, ''));
			const count = seen.get(anchor) ?? 0;
			seen.set(anchor, count + 1);
			return count ? `${anchor}-${count}` : anchor;
		});
}

/** The Docs link of the node panel in n8n 2.41 (NodeSettings, useNodeDocsUrl): documentationUrl as is, else the codex URL + "?utm_…". */
function docsLink(description: INodeTypeDescription, codexUrl: string | undefined): string {
	if (description.documentationUrl?.startsWith('http')) return description.documentationUrl;
	const utm = new URLSearchParams({ utm_source: 'n8n_app', utm_medium: 'node_settings_modal-credential_link', utm_campaign: description.name });
	return `${codexUrl}?${utm.toString()}`;
}

describe.each(actions.map((node) => [node.description.displayName, node] as const))('%s (action node) in the editor', (_name, node) => {
	const { description, type } = node;
	const resources = optionsOf(description.properties.find((p) => p.name === 'resource')!);
	const pairs = description.properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) => (p.displayOptions?.show?.resource ?? []).flatMap((resource) => optionsOf(p).map((operation) => ({ resource: String(resource), operation }))));

	test('the subtitle shows the operation’s and resource’s display names for every operation', () => {
		expect(pairs.length).toBeGreaterThan(0);
		for (const { resource, operation } of pairs) {
			const resourceName = withoutAlias(resources.find((r) => r.value === resource)!.name);
			const shown = subtitleOf(type, description, { resource, operation: operation.value });
			expect(shown).toBe(`${withoutAlias(operation.name)}: ${resourceName}`);
		}
	});

	test('a new node (the defaults only) shows its default operation’s name', () => {
		const shown = String(subtitleOf(type, description, {}));
		expect(pairs.map(({ resource, operation }) => `${withoutAlias(operation.name)}: ${withoutAlias(resources.find((r) => r.value === resource)!.name)}`)).toContain(shown);
	});
});

describe.each(described.map((node) => [node.description.displayName, node] as const))('%s: Docs link', (_name, node) => {
	const codexFile = path.join(repoRoot, node.builtPath.replace(/^dist\//, '').replace(/\.js$/, '.json'));
	const codex = JSON.parse(fs.readFileSync(codexFile, 'utf8')) as { node: string; resources: { primaryDocumentation: Array<{ url: string }> } };

	test('the node panel’s Docs link lands on the node’s own README section (no query after the #)', () => {
		const link = docsLink(node.description, codex.resources.primaryDocumentation[0]?.url);
		const url = new URL(link);
		expect(`${url.origin}${url.pathname}`).toBe('https://github.com/n8n-nodes-china-sms/n8n-nodes-china-sms');
		expect(url.search).toBe('');
		const anchor = decodeURIComponent(url.hash.slice(1));
		expect(readmeAnchors()).toContain(anchor);
		expect(readmeAnchors().filter((a) => a === anchor)).toHaveLength(1);
		expect(anchor).toMatch(node.description.group.includes('trigger') ? /-trigger$/ : /^(aliyun-sms|jpush-sms|liupai|tencent-cloud-sms|upyun-sms|yunpian)\b/);
	});

	test('the codex file is the node’s and points at the same section', () => {
		expect(codex.node).toBe(node.type);
		expect(codex.resources.primaryDocumentation[0].url).toBe(node.description.documentationUrl);
	});
});

// A pull trigger (<app>PullTrigger) is not merged: it has an entry of its own, and says what it does.
const pullTriggers = triggers.filter((node) => node.type.endsWith('PullTrigger'));
const mergedTriggers = triggers.filter((node) => !pullTriggers.includes(node));

describe.each(pullTriggers.map((node) => [node.description.displayName, node] as const))('%s in the node creator', (_name, trigger) => {
	test('has an entry of its own (no action node of its name) that says it starts workflows without a public URL', () => {
		expect(actions.find((node) => node.type === trigger.type.replace('Trigger', ''))).toBeUndefined();
		expect(trigger.description.description).toMatch(/^Start a workflow on .+: no public URL needed$/);
	});

	test('the subtitle shows the display names of the chosen events', () => {
		const property = trigger.description.properties.find((p) => p.name === 'events')!;
		const shown = String(subtitleOf(trigger.type, trigger.description, { events: optionsOf(property).map((o) => o.value) }));
		for (const option of optionsOf(property)) expect(shown).toContain(withoutAlias(option.name));
	});
});

describe.each(mergedTriggers.map((node) => [node.description.displayName, node] as const))('%s in the node creator', (_name, trigger) => {
	// n8n (useActionsGeneration): a trigger named <app>Trigger is merged into the entry of <app>, which
	// then shows the trigger's description, also when adding a next step.
	const app = actions.find((node) => node.type === trigger.type.replace('Trigger', ''))!;

	test('its entry, merged with the action node, says first what the action node does', () => {
		expect(app).toBeDefined();
		expect(trigger.description.description.startsWith(app.description.description)).toBe(true);
		expect(trigger.description.description).toMatch(/, or start a workflow on /);
		expect(app.description.description).not.toMatch(/^Starts? the workflow/);
	});

	test('the subtitle shows the display names of the chosen events', () => {
		const property = trigger.description.properties.find((p) => ['events', 'event', 'reportStatus'].includes(p.name))!;
		const options = optionsOf(property);
		const value = property.type === 'multiOptions' ? options.map((o) => o.value) : options[options.length - 1].value;
		const shown = String(subtitleOf(trigger.type, trigger.description, { [property.name]: value }));
		for (const option of property.type === 'multiOptions' ? options : [options[options.length - 1]]) {
			expect(shown).toContain(withoutAlias(option.name));
		}
	});
});
