import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JsonBody } from '../json-body.js';

export type FakeChatRequest = {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: unknown;
};
/** An exact HTTP answer, for errors and for replies a plain content object cannot express (a refusal). */
export type FakeHttpReply = { status: number; body: unknown };
export type RecordedRequest = { path: string; headers: IncomingHttpHeaders; body: JsonBody };

export type FakeOpenAi = { baseURL: string; requests: RecordedRequest[]; close(): Promise<void> };

/** A chat completion as OpenAI sends it, with one assistant message. */
export function chatCompletion(model: string, message: { content: string | null; refusal?: string | null }) {
  return {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: message.content, refusal: message.refusal ?? null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
  };
}

export function openAiError(status: number, message: string, code: string | null = null): FakeHttpReply {
  return { status, body: { error: { message, type: status === 429 ? 'requests' : 'invalid_request_error', param: null, code } } };
}

function isHttpReply(value: unknown): value is FakeHttpReply {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'body' && keys[1] === 'status' && typeof (value as FakeHttpReply).status === 'number';
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, { status, body }: FakeHttpReply): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * OpenAI's chat completions endpoint on 127.0.0.1, for the real SDK to talk to. `reply` returns
 * the structured content (sent as the assistant message's JSON string) or an exact HTTP answer.
 */
export async function startFakeOpenAi(options: {
  reply: (request: FakeChatRequest) => unknown | FakeHttpReply;
}): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (request, response) => {
    const path = request.url ?? '';
    const text = await readBody(request);
    if (request.method !== 'POST' || path !== '/v1/chat/completions') {
      requests.push({ path, headers: request.headers, body: text });
      send(response, openAiError(404, `Unknown request URL: ${request.method} ${path}`, 'unknown_url'));
      return;
    }
    try {
      const body: JsonBody = JSON.parse(text);
      requests.push({ path, headers: request.headers, body });
      const answer = options.reply(body as FakeChatRequest);
      send(response, isHttpReply(answer) ? answer : { status: 200, body: chatCompletion(body.model, { content: JSON.stringify(answer) }) });
    } catch (error) {
      send(response, openAiError(500, `fake OpenAI failed: ${(error as Error).message}`));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // The SDK keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
