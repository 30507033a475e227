import type { RecordedRequest } from '../../sandbox/kit/types';
import type { RunningSandbox } from '../../../scripts/lib/providers';
import type { ExecutionRecord } from '../support/n8n';

export type RunData = ExecutionRecord['data']['resultData']['runData'];

/** What a check sees after one run of an example workflow. */
export interface ExampleRun {
	running: RunningSandbox;
	/** Requests the provider sandbox received during the run. */
	received: RecordedRequest[];
	runData: RunData;
	/** JSON of the items a node output (first output unless given). */
	output(nodeName: string, outputIndex?: number): Array<Record<string, unknown>>;
}

export interface ExampleExpectation {
	/** Sandbox state the example needs (after a reset; requests made here are not counted). */
	prepare?(running: RunningSandbox): Promise<void>;
	/** Assertions on the items and on what the sandbox received (`n8n execute`). */
	check(run: ExampleRun): void | Promise<void>;
	/** For an example with a Webhook node: a body to POST to its production URL, and checks of the answer. */
	webhook?: {
		body: unknown;
		check(run: ExampleRun, response: { status: number; body: unknown }): void | Promise<void>;
	};
}

/** Expectations per example file name (`examples/<provider key>/<file>`). */
export type ProviderExamples = Record<string, ExampleExpectation>;
