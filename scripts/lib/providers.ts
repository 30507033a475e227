import { crypto, fs, path, repoRoot, requireFromRoot } from '../../test/support/node';
import { sandboxProviders, type ProviderSandbox, type SandboxProvider } from '../../test/sandbox/providers';
import { readPackageJson, type CredentialImport, type WorkflowFile } from './n8n';
import { examplesDir } from './paths';

export { sandboxProviders, type SandboxProvider };

/**
 * Id of the sandbox credential `npm start` and the e2e tests import for a provider, e.g. `upyunSandbox`.
 * Example workflows under `examples/<key>/` reference it.
 */
export function credentialId(provider: SandboxProvider): string {
	return `${provider.key}Sandbox`;
}

export function credentialName(provider: SandboxProvider): string {
	return `${provider.displayName} sandbox`;
}

/** The credential n8n gets for a provider: its data points at the sandbox at `baseUrl`. */
export function sandboxCredential(provider: SandboxProvider, baseUrl: string): CredentialImport {
	return {
		id: credentialId(provider),
		name: credentialName(provider),
		type: provider.credentialType,
		data: provider.credentials(baseUrl) as Record<string, unknown>,
	};
}

/** Example workflow files of a provider: `examples/<key>/*.json`, sorted. */
export function exampleFiles(provider: SandboxProvider): string[] {
	const folder = path.join(examplesDir, provider.key);
	if (!fs.existsSync(folder)) return [];
	return fs
		.readdirSync(folder)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => path.join(folder, file));
}

export function loadWorkflow(file: string): WorkflowFile {
	return JSON.parse(fs.readFileSync(file, 'utf8')) as WorkflowFile;
}

export function fileHash(file: string): string {
	return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export interface RunningSandbox {
	provider: SandboxProvider;
	sandbox: ProviderSandbox;
	url: string;
}

/** Starts every registered sandbox: on `base + portOffset`, or on free ports when `base` is 0. */
export async function startSandboxes(base: number): Promise<RunningSandbox[]> {
	const running: RunningSandbox[] = [];
	for (const provider of sandboxProviders) {
		const sandbox = provider.create();
		const port = base === 0 ? 0 : base + provider.portOffset;
		const url = await sandbox.start(port).catch((error: unknown) => String(error));
		if (!url.startsWith('http')) {
			await stopSandboxes(running);
			throw new Error(`${provider.displayName} sandbox could not listen on port ${port}: ${url}`);
		}
		running.push({ provider, sandbox, url });
	}
	return running;
}

export async function stopSandboxes(running: RunningSandbox[]): Promise<void> {
	await Promise.all(running.map(async ({ sandbox }) => await sandbox.stop()));
}

/** One node listed in package.json → `n8n.nodes`, with what its built file says and its registry entry. */
export interface PackageNode {
	file: string;
	built: boolean;
	/** `description.name`, e.g. `upyunSms` (when built). */
	name?: string;
	displayName?: string;
	/** Type as n8n shows it after a community install, e.g. `n8n-nodes-china-sms.upyunSms`. */
	type?: string;
	/** Its newest version (`description.version`). */
	version?: number;
	provider?: SandboxProvider;
}

interface NodeClass {
	new (): { description: { name: string; displayName: string; version: number | number[] } };
}

/** Every node of package.json → `n8n.nodes` (loaded from dist/), matched to `sandboxProviders` by node type. */
export function packageNodes(): PackageNode[] {
	const manifest = readPackageJson();
	return manifest.n8n.nodes.map((file) => {
		if (!fs.existsSync(path.join(repoRoot, file))) return { file, built: false };
		const exported = requireFromRoot(file) as Record<string, NodeClass>;
		const NodeType = Object.values(exported).find((value) => typeof value === 'function');
		if (!NodeType) return { file, built: true };
		const { name, displayName, version } = new NodeType().description;
		return {
			file,
			built: true,
			name,
			displayName,
			type: `${manifest.name}.${name}`,
			version: Array.isArray(version) ? Math.max(...version) : version,
			provider: sandboxProviders.find((provider) => provider.nodeType === name),
		};
	});
}
