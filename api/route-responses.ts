import type { z } from '@hono/zod-openapi';
import { errorBodySchema } from './errors.js';

/** The pieces every route's OpenAPI responses are made of. */
export const errorContent = { 'application/json': { schema: errorBodySchema } };

export const jsonContent = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

export const invalidResponse = { 400: { description: 'Invalid request; each wrong field is named', content: errorContent } } as const;

export const notFoundResponse = (what: string) => ({ 404: { description: `No such ${what} in this organization`, content: errorContent } }) as const;

/**
 * A domain schema under its OpenAPI name. Zod copies methods onto each schema when it is made, so
 * one built before the OpenAPI extension loaded (the call agent imports the domain first) has no
 * `.openapi`; a fresh copy made here does, with every check of the original.
 */
export const named = <T extends z.ZodType>(schema: T, refId: string): T => (schema.clone() as T).openapi(refId);
