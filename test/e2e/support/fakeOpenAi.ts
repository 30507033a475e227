import { http } from '../../support/node';

/**
 * A local stand-in for an OpenAI-compatible chat-completions API (https://platform.openai.com/docs/api-reference/chat),
 * enough for n8n's OpenAI Chat Model to drive an AI Agent: the first request of a conversation is answered with a
 * call of one tool (picked from the request's `tools` by `pickTool`) with its `toolArguments`; once the request
 * carries the tool's result (a `tool` message), it is answered with `finalText(result)`. Streamed requests get the
 * same answers as server-sent events. Every request body is kept in `requests`.
 */

export interface ChatTool {
	type: string;
	function: { name: string; description?: string; parameters?: { type?: string; properties?: Record<string, { type?: string; description?: string }>; required?: string[] } };
}

export interface ChatMessage {
	role: string;
	content?: unknown;
	tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>;
	tool_call_id?: string;
}

export interface ChatRequest {
	path: string;
	model?: string;
	stream?: boolean;
	messages: ChatMessage[];
	tools?: ChatTool[];
}

export interface FakeOpenAiScript {
	/** The tool to call, out of the tools the request offers; undefined answers 400 (the test then fails). */
	pickTool(tools: ChatTool[]): ChatTool | undefined;
	/** Arguments of the call of that tool, one per `$fromAI()` key. */
	toolArguments(tool: ChatTool): Record<string, unknown>;
	/** The agent's final answer, given the tool's result as the request carries it. */
	finalText(toolResult: string): string;
}

export interface FakeOpenAi {
	/** Base URL for the OpenAI credential, e.g. `http://127.0.0.1:5123/v1`. */
	url: string;
	requests: ChatRequest[];
	stop(): Promise<void>;
}

const TOOL_CALL_ID = 'call_fake_1';

function textOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) return content.map((part) => (typeof part === 'string' ? part : String((part as { text?: unknown }).text ?? ''))).join('');
	return JSON.stringify(content ?? '');
}

function completion(model: string, message: Record<string, unknown>, finishReason: string): Record<string, unknown> {
	return {
		id: `chatcmpl-fake-${Date.now()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
		usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
	};
}

/** The same answer as server-sent `chat.completion.chunk` events. */
function chunks(model: string, message: Record<string, unknown>, finishReason: string): string[] {
	const base = { id: `chatcmpl-fake-${Date.now()}`, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model };
	const toolCalls = message.tool_calls as Array<{ id: string; type: string; function: { name: string; arguments: string } }> | undefined;
	const deltas: Array<Record<string, unknown>> = toolCalls
		? [
				{ role: 'assistant', content: null, tool_calls: toolCalls.map((call, index) => ({ index, id: call.id, type: call.type, function: { name: call.function.name, arguments: '' } })) },
				{ tool_calls: toolCalls.map((call, index) => ({ index, function: { arguments: call.function.arguments } })) },
			]
		: [{ role: 'assistant', content: '' }, { content: message.content }];
	const event = (delta: Record<string, unknown>, finish: string | null) => ({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
	const events = [...deltas.map((delta) => event(delta, null)), event({}, finishReason)];
	return [...events.map((event) => `data: ${JSON.stringify(event)}\n\n`), 'data: [DONE]\n\n'];
}

function answer(script: FakeOpenAiScript, request: ChatRequest): { status: number; message?: Record<string, unknown>; finishReason?: string; error?: string } {
	const toolResult = [...request.messages].reverse().find((message) => message.role === 'tool');
	if (toolResult) return { status: 200, message: { role: 'assistant', content: script.finalText(textOf(toolResult.content)) }, finishReason: 'stop' };
	const tool = script.pickTool(request.tools ?? []);
	if (!tool) return { status: 400, error: `no tool to call among: ${(request.tools ?? []).map((t) => t.function.name).join(', ') || 'none'}` };
	const call = { id: TOOL_CALL_ID, type: 'function', function: { name: tool.function.name, arguments: JSON.stringify(script.toolArguments(tool)) } };
	return { status: 200, message: { role: 'assistant', content: null, tool_calls: [call] }, finishReason: 'tool_calls' };
}

export async function startFakeOpenAi(script: FakeOpenAiScript): Promise<FakeOpenAi> {
	const requests: ChatRequest[] = [];
	const server = http.createServer((req, res) => {
		const parts: Buffer[] = [];
		req.on('data', (part: Buffer) => parts.push(part));
		req.on('end', () => {
			const path = (req.url ?? '').split('?')[0];
			const send = (status: number, body: unknown) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(body));
			};
			if (req.method === 'GET' && path.endsWith('/models')) return send(200, { object: 'list', data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'test' }] });
			if (req.method !== 'POST' || !path.endsWith('/chat/completions')) return send(404, { error: { message: `the fake serves only POST /v1/chat/completions, not ${req.method} ${path}` } });
			let body: ChatRequest;
			try {
				body = { ...(JSON.parse(Buffer.concat(parts).toString('utf8')) as ChatRequest), path };
			} catch {
				return send(400, { error: { message: 'the body is not JSON' } });
			}
			requests.push(body);
			const model = body.model ?? 'fake-model';
			const reply = answer(script, body);
			if (!reply.message) return send(reply.status, { error: { message: reply.error, type: 'invalid_request_error' } });
			if (!body.stream) return send(200, completion(model, reply.message, reply.finishReason!));
			res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
			for (const event of chunks(model, reply.message, reply.finishReason!)) res.write(event);
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as import('node:net').AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/v1`,
		requests,
		stop: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
