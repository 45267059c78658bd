import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, signIn } from '../../../testing/api-harness.js';
import { createOrganizationWithMember } from '../../../testing/organizations.js';
import { jsonOf } from '../../../testing/json-body.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness.stop());

async function hello(cookie: string, csrfToken: string) {
  return harness.app.request('/api/hello', {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: '{}',
  });
}

describe('POST /api/hello', () => {
  it('runs HelloTenant on the real Temporal server and worker, which writes to Postgres', async () => {
    const member = await createOrganizationWithMember(harness.db, { name: 'Oak Hill Funeral Home' });
    const { cookie, csrfToken } = await signIn(harness.app, member.email, member.password);
    const first = await hello(cookie, csrfToken);
    expect(first.status).toBe(200);
    const body = await jsonOf(first);
    expect(body).toMatchObject({ greeting: 'Hello, Oak Hill Funeral Home', runs: 1 });
    expect(body.workflowId).toMatch(new RegExp(`^hello-${member.tenant.id}-`));
    expect((await jsonOf(hello(cookie, csrfToken))).runs).toBe(2);

    const history = await harness.temporal.workflow.getHandle(body.workflowId).fetchHistory();
    const types = history.events?.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean);
    expect(types).toEqual(['recordHello']);
  });

  it('counts each organization separately', async () => {
    const a = await createOrganizationWithMember(harness.db);
    const b = await createOrganizationWithMember(harness.db);
    const sa = await signIn(harness.app, a.email, a.password);
    const sb = await signIn(harness.app, b.email, b.password);
    await hello(sa.cookie, sa.csrfToken);
    await hello(sa.cookie, sa.csrfToken);
    expect((await jsonOf(hello(sb.cookie, sb.csrfToken))).runs).toBe(1);
  });

  it('needs a session and the CSRF token', async () => {
    const anonymous = await harness.app.request('/api/hello', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
    const member = await createOrganizationWithMember(harness.db);
    const { cookie } = await signIn(harness.app, member.email, member.password);
    expect((await hello(cookie, 'wrong')).status).toBe(403);
  });
});
