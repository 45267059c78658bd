import { TOKEN_SHAPE } from '../operations/session-token.js';

/**
 * A request path fit for a log line: invitation and password reset links carry their one-time
 * token in the path, and a logged link could be used by whoever reads the logs.
 */
export function logSafePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (TOKEN_SHAPE.test(segment) ? ':token' : segment))
    .join('/');
}
