import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StripeRequest = { method: string; path: string; idempotencyKey: string | null; body: URLSearchParams };

/**
 * Stripe's API as stripe-mock answers it, with an outage made to order in front: every request is
 * recorded, and those that name an organization (`metadata[tenant_id]`) can be failed with
 * Stripe's 500 a number of times, or always, or delayed. What stripe-mock, stateless and always
 * well, cannot do by itself.
 */
export async function startStripeFaultProxy(stripeMockUrl: string) {
  const upstream = new URL(stripeMockUrl);
  const requests: StripeRequest[] = [];
  const failuresLeft = new Map<string, number>();
  let delayMs = 0;

  const readBody = (incoming: IncomingMessage) =>
    new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve(Buffer.concat(chunks)));
      incoming.on('error', reject);
    });

  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const raw = await readBody(incoming);
      const body = new URLSearchParams(raw.toString());
      const key = incoming.headers['idempotency-key'];
      requests.push({ method: incoming.method ?? 'GET', path: incoming.url ?? '/', idempotencyKey: typeof key === 'string' ? key : null, body });
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const tenantId = body.get('metadata[tenant_id]');
      const left = tenantId ? (failuresLeft.get(tenantId) ?? 0) : 0;
      if (tenantId && left > 0) {
        failuresLeft.set(tenantId, left - 1);
        outgoing.writeHead(500, { 'content-type': 'application/json' });
        outgoing.end(JSON.stringify({ error: { type: 'api_error', message: 'An outage made to order by the test.' } }));
        return;
      }
      const forwarded = httpRequest(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host } },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', (error) => {
        outgoing.writeHead(502);
        outgoing.end(String(error));
      });
      forwarded.end(raw);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** The next `times` requests naming this organization fail with a 500 (Infinity: all of them). */
    failFor(tenantId: string, times: number) {
      failuresLeft.set(tenantId, times);
    },
    slowDown(ms: number) {
      delayMs = ms;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
