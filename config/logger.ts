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

export function createLogger(options: { name: string; level: string }): Logger {
  return pino({
    name: options.name,
    level: options.level,
    redact: {
      paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `req.headers.${key}`]),
      censor: '[redacted]',
    },
  });
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
