import { pino, type Logger } from 'pino';

/** Keys whose values never reach a log line, wherever they sit in the logged object. */
const REDACTED_KEYS = [
  'password',
  'passwordHash',
  'token',
  'sessionToken',
  'csrfToken',
  'cookie',
  'authorization',
  'apiKey',
  'secret',
  'DATABASE_URL',
  'OPENAI_API_KEY',
  'DEMO_OWNER_PASSWORD',
];

/** A structured logger; `stderr` keeps stdout free for a command's own output (`npm run call -- --json`). */
export function createLogger(options: { name: string; level: string; stderr?: boolean }): Logger {
  return pino(
    {
      name: options.name,
      level: options.level,
      redact: {
        paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `req.headers.${key}`]),
        censor: '[redacted]',
      },
    },
    pino.destination(options.stderr ? 2 : 1),
  );
}

/** A connection string with its password replaced, for log lines and printed URLs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[unparseable url]';
  }
}

export type { Logger };
