import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, signIn } from '../testing/api-harness.js';
import { createOrganizationWithMember } from '../testing/organizations.js';

// Walks the published OpenAPI document so every route added later is covered without listing it.
let harness: Awaited<ReturnType<typeof startApiHarness>>;
let headers: Record<string, string>;
let operations: Array<{ method: string; path: string }>;

beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
  const member = await createOrganizationWithMember(harness.db);
  const session = await signIn(harness.app, member.email, member.password);
  headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  const doc = (await (await harness.app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, op]) => op.requestBody)
      .map(([method]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000') })),
  );
});
afterAll(() => harness.stop());

const BAD_BODIES: Array<[string, string]> = [
  ['malformed JSON', '{"a": '],
  ['a JSON array', '[1, 2]'],
  ['a JSON string', '"hello"'],
  ['null', 'null'],
  ['an unknown field', '{"unexpectedField": true}'],
  ['wrong types everywhere', '{"email": 1, "password": [], "name": {}, "start": false}'],
];

describe('bad input on every route that takes a body', () => {
  it('finds the routes in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(2);
  });

  it.each(BAD_BODIES)('answers %s with a 400 that explains, never a 5xx', async (_label, body) => {
    for (const { method, path } of operations) {
      const response = await harness.app.request(path, { method, headers, body });
      const text = await response.text();
      expect(response.status, `${method} ${path} → ${text}`).toBe(400);
      const parsed = JSON.parse(text) as { error: { code: string; message: string } };
      expect(parsed.error.code).toBe('invalid_input');
      expect(parsed.error.message.length).toBeGreaterThan(10);
    }
  });
});
