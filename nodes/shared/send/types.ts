import type { IDataObject } from 'n8n-workflow';

/** One recipient as an item gives it, before the engine numbers it. */
export interface RecipientInput<D> {
	mobile: string;
	/** Provider data of this recipient: the fields its request is built from. */
	data: D;
	/**
	 * Recipients with equal keys may share one request: the key holds whatever must be equal within a
	 * request (template, variables, signature, send time…). Leave it out when every request goes alone.
	 */
	groupKey?: string;
	/** Billed segments of this recipient's message, when known before sending. */
	segments?: number;
	/** Provider fields known before sending (template id…): in this recipient's item whatever happens. */
	extra?: IDataObject;
	/**
	 * The message as the phone will show it (signature included, where the provider puts it), when the
	 * adapter can know it: the engine then adds its preview (text, length, segments) to the output.
	 */
	text?: string;
}

/** A recipient inside the engine: numbered in input order and tied to its input item. */
export interface Recipient<D> extends RecipientInput<D> {
	itemIndex: number;
	/** Position among all recipients of this execution, in input order. */
	ordinal: number;
	groupKey: string;
}

/** What the provider said about one recipient of a request it answered. */
export interface RecipientAnswer {
	/** The provider's id of this recipient's message; `null` where the provider gives none per number (queued tasks). */
	messageId?: string | null;
	/** Where there is no message id per number: the id of the queued task or schedule, listed in a stopping error. */
	referenceId?: string;
	/** Segments the provider says it billed, replacing the estimate made before sending. */
	segments?: number;
	/** The provider's code when it refused this number. */
	errorCode?: string;
	/** Our English meaning of the refusal (the provider's words quoted after it). */
	error?: string;
	/** The provider's own extra fields (fee, count, task id…), added after the common ones. */
	extra?: IDataObject;
}

/**
 * What a provider supplies to the send engine: how to read an item, how to build and send one
 * request for a chunk of recipients, and how to read its answer. Everything else (validation order,
 * grouping, chunking, pacing, matching, failure policy, output) is the engine's.
 */
export interface SendAdapter<D, R = IDataObject> {
	/** Reads and checks one item's recipients. Throws an input error; nothing has been sent yet. */
	readItem(itemIndex: number): Promise<Array<RecipientInput<D>>>;
	/** The request for one chunk: recipients of one group, at most Batch Size, each number once. */
	buildRequest(chunk: Array<Recipient<D>>): R;
	/** Sends a built request; `itemIndex` is the item errors are attributed to. */
	sendRequest(request: R, itemIndex: number): Promise<unknown>;
	/**
	 * Reads the provider's answer to a chunk: one entry per recipient, in the chunk's order. Throws
	 * when the answer is not what a send returns (then the whole request counts as failed).
	 */
	readAnswer(answer: unknown, chunk: Array<Recipient<D>>): RecipientAnswer[];
	/**
	 * What a built request would send, for Preview Only: method, URL and body as they would go out. The
	 * credential's keys and signatures are added at send time and are not part of it.
	 */
	describeRequest?(request: R): IDataObject;
}

export interface SendSettings {
	/** Most recipients per request. */
	batchSize: number;
	/**
	 * Set when a group must go in one request (e.g. a batch schedule update replaces the whole list):
	 * a larger group is an input error instead of being split.
	 */
	unsplittable?: { parameter: string; fix: string };
	/** Requests in flight at once (1: one after another, in input order). */
	concurrency?: number;
	/** Pause before each request but the first, in milliseconds. */
	delayMs?: number;
	/**
	 * Whether an accepted recipient must carry a message id. False for sends the provider queues and
	 * answers with a task or schedule id only.
	 */
	messageIds: boolean;
	/** Where the user checks what went out, e.g. "the delivery report" or "the send log". */
	checkWhere: string;
	/** Preview Only: build every request and output what would be sent, without sending anything. */
	dryRun?: boolean;
}
