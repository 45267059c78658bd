import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../domain/app-error.js';
import { apiFields, databaseFields, temporalFields } from './env-fields.js';
import { parseConfig } from './load-config.js';

const schema = z.object({ ...apiFields, ...databaseFields, ...temporalFields });

describe('parseConfig', () => {
  it('fills defaults when nothing is set', () => {
    const config = parseConfig(schema, {});
    expect(config.API_PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.TEMPORAL_NAMESPACE).toBe('default');
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      parseConfig(schema, { API_PORT: 'eighty', DATABASE_URL: 'mysql://x', COOKIE_SECURE: 'yes' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const paths = (error as AppError).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['API_PORT', 'DATABASE_URL', 'COOKIE_SECURE']));
    expect((error as AppError).message).toContain('API_PORT');
  });

  it('treats an empty DATABASE_URL as unset, so the embedded database is used', () => {
    expect(parseConfig(schema, { DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
