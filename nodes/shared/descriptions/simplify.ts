import type { INodeProperties } from 'n8n-workflow';

/**
 * Simplify, as n8n's UX guidelines ask of operations whose answers have more than ten fields
 * (https://docs.n8n.io/integrations/creating-nodes/build/reference/ux-guidelines/): on by default, so a
 * person reading the output, and an AI agent calling the node as a tool, get the fields that matter.
 * Place it with updateDisplayOptions; the operation reads it with `simplifyOutput` (nodes/shared/simplify.ts).
 */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};
