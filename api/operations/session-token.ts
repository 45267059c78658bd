import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new opaque token for a cookie or a CSRF header. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What newToken returns (32 bytes in base64url, unpadded), so logs can recognise one and leave it out. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What activities/paging.ts puts in a texted page link: 24 random bytes in base64url, short enough for a text. */
export const PAGE_TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

/** Sessions are stored by the hash of their cookie token. */
export function sessionIdFromToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** One-time links (invitations, password resets) are kept the same way: a leaked table opens nothing. */
export const linkTokenHash = sessionIdFromToken;

export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
