import { PAGE_TOKEN_SHAPE, TOKEN_SHAPE } from '../operations/session-token.js';

/**
 * A request path fit for a log line: invitation, password reset and page links carry their token
 * in the path, and a logged link could be used by whoever reads the logs.
 */
export function logSafePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (TOKEN_SHAPE.test(segment) || PAGE_TOKEN_SHAPE.test(segment) ? ':token' : segment))
    .join('/');
}
