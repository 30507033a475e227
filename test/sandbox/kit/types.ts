type IncomingHttpHeaders = import('node:http').IncomingHttpHeaders;

export interface UploadedFile {
	fieldName: string;
	fileName: string;
	contentType: string;
	content: Buffer;
}

/** One request as the sandbox saw it: what tests assert on. */
export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	contentType: string;
	rawBody: string;
	/** Parsed body: JSON value, form fields, or multipart text fields. */
	body: unknown;
	files: UploadedFile[];
	/** Path parameters captured by the route pattern, e.g. `{ id: '4' }`. */
	params: Record<string, string>;
}

export interface SandboxResponse {
	status: number;
	body?: unknown;
	/** Sent as-is instead of JSON-encoding `body` (for bodies that must keep big integers). */
	rawBody?: string;
	headers?: Record<string, string>;
}

export type RouteHandler = (request: RecordedRequest) => SandboxResponse | Promise<SandboxResponse>;

export interface Route {
	method: string;
	/** Path with `:name` segments, e.g. `/api/templates/:id`. */
	path: string;
	handler: RouteHandler;
}
