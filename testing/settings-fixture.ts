import { afterAll, beforeAll } from 'vitest';
import { apiAs, ownerAndStranger, type ApiClient } from './api-client.js';
import { startApiHarness } from './api-harness.js';
import type { TestMember } from './organizations.js';

type Fixture = {
  harness: Awaited<ReturnType<typeof startApiHarness>>;
  owner: TestMember;
  ownerApi: ApiClient;
  strangerApi: ApiClient;
  as: (member: TestMember) => Promise<ApiClient>;
};

/** An API without a worker, an owner and the owner of another organization, for a file of tests. */
export function ownerAndStrangerFixture(): Fixture {
  const fixture = {} as Fixture;
  beforeAll(async () => {
    fixture.harness = await startApiHarness({ worker: false });
    Object.assign(fixture, await ownerAndStranger(fixture.harness));
    fixture.as = (member) => apiAs(fixture.harness, member);
  });
  afterAll(() => fixture.harness.stop());
  return fixture;
}
