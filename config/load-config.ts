import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { AppError } from '../domain/app-error.js';

let dotenvLoaded = false;

/** Reads `.env` (once per process) beneath the real environment; the environment wins. */
function readEnvironment(): NodeJS.ProcessEnv {
  if (!dotenvLoaded) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  return process.env;
}

/**
 * The environment a child process is started with: this process's own, whole (PATH, HOME, the
 * locale a tool needs), with `extra` on top. Configuration is read through loadConfig; this is
 * only for handing the environment on.
 */
export function inheritedEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...readEnvironment(), ...extra };
}

/** Parses configuration; throws one AppError naming every bad variable. */
export function parseConfig<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || '(root)',
    message: issue.message,
  }));
  const lines = issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  throw new AppError('invalid_config', `Invalid configuration:\n${lines}`, { issues });
}

/**
 * Runs a read of configuration (the environment, a plans file) at start-up; if it is invalid, the
 * process stops with the message naming what is wrong, before anything starts, and no stack trace.
 */
export function orExitOnInvalidConfig<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_config') {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(78);
    }
    throw error;
  }
}

/** The one place a process reads its environment. */
export function loadConfig<S extends z.ZodType>(schema: S): z.infer<S> {
  return orExitOnInvalidConfig(() => parseConfig(schema, readEnvironment()));
}
