import { pino, type DestinationStream, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';

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
  'TWILIO_AUTH_TOKEN',
  'DEEPGRAM_API_KEY',
  'authToken',
  'DEMO_OWNER_PASSWORD',
];

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * Readable lines for a person at a terminal, pino's JSON for everything else (a file, a pipe, a log
 * collector); LOG_FORMAT chooses either way.
 */
function destination(fd: 1 | 2, format: LogFormat): DestinationStream {
  const pretty = format === 'pretty' || (format === 'auto' && (fd === 1 ? process.stdout : process.stderr).isTTY === true);
  if (!pretty) return pino.destination(fd);
  return PinoPretty({ destination: fd, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true });
}

/** A structured logger; `stderr` keeps stdout free for a command's own output (`npm run call -- --json`). */
export function createLogger(options: { name: string; level: string; format?: LogFormat; stderr?: boolean }): Logger {
  return pino(
    {
      name: options.name,
      level: options.level,
      redact: {
        paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `req.headers.${key}`]),
        censor: '[redacted]',
      },
    },
    destination(options.stderr ? 2 : 1, options.format ?? 'auto'),
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
