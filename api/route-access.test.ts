import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, signIn, TEST_ORIGIN } from '../testing/api-harness.js';
import { createOrganizationWithMember } from '../testing/organizations.js';
import { roleAtLeast, ROLES } from '../domain/team/roles.js';
import { declaredAccess } from './route-access.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
});
afterAll(() => harness.stop());

function registeredRoutes() {
  const routes = harness.app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, path: r.path }));
  return [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()];
}

const ANY_ID = '00000000-0000-4000-8000-000000000000';
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, ANY_ID);

describe('every route declares who may call it', () => {
  it('has a declared rule for each registered route', () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((r) => declaredAccess(r.method, r.path) === undefined)).toEqual([]);
  });

  it('answers 401 to a visitor on every route that is not public', async () => {
    for (const route of registeredRoutes().filter((r) => declaredAccess(r.method, r.path) !== 'public')) {
      const response = await harness.app.request(concrete(route.path), {
        method: route.method,
        headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
        ...(route.method === 'GET' ? {} : { body: '{}' }),
      });
      expect(`${route.method} ${route.path} → ${response.status}`).toBe(`${route.method} ${route.path} → 401`);
    }
  });

  it('answers 403 to each role on every route that needs a higher one', async () => {
    for (const role of ROLES) {
      const member = await createOrganizationWithMember(harness.db, { role });
      const { cookie, csrfToken } = await signIn(harness.app, member.email, member.password);
      for (const route of registeredRoutes()) {
        const access = declaredAccess(route.method, route.path)!;
        if (access === 'public' || roleAtLeast(role, access)) continue;
        const response = await harness.app.request(concrete(route.path), {
          method: route.method,
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', origin: TEST_ORIGIN },
          ...(route.method === 'GET' ? {} : { body: '{}' }),
        });
        expect(`${role} ${route.method} ${route.path} → ${response.status}`).toBe(`${role} ${route.method} ${route.path} → 403`);
      }
    }
  });
});
