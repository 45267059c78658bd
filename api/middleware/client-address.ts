import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address a request came from, for counting sign-in attempts. x-forwarded-for is read only
 * behind a trusted proxy (TRUST_PROXY), and then only its last entry: the one that proxy wrote, as
 * anything before it came from the client. Requests made in-process (app.request in tests) have no
 * socket and are all 'unknown'.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
