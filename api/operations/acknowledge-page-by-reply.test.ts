import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithMember } from '../../testing/organizations.js';
import { pageLinkTokenTexted, pageStatus, ROTA, startPagedFirstCall } from '../../testing/paged-call.js';
import { startWorkerHarness } from '../../testing/worker-harness.js';
import { acknowledgePageByReply, isAcceptance } from './acknowledge-page-by-reply.js';

const [ana, james] = ROTA;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('isAcceptance', () => {
  it.each(['YES', 'yes', 'Yes!', "yes I've got it", 'Yes, I’ve got it.', 'ok', 'OK', 'okay', 'on it', "I'm on it", 'got it', 'Y', 'k', 'ok no problem', 'On my way', '👍', '👍🏽'])('takes the page for %j', (body) => {
    expect(isAcceptance(body)).toBe(true);
  });

  it.each(['no', 'No, sorry', 'not tonight', "ok but I can't", "can't", 'STOP', 'who is this?', 'yesterday was my day off', '', '   ', 'call me'])('leaves the page alone for %j', (body) => {
    expect(isAcceptance(body)).toBe(false);
  });
});

describe('acknowledgePageByReply', () => {
  it('takes the newest open page that texted the number when the reply accepts, and ignores anything else', async () => {
    const { tenant } = await createOrganizationWithMember(harness.db);
    const paged = await startPagedFirstCall(harness, tenant.id);
    await pageLinkTokenTexted(harness.db, tenant.id, ana.phone);
    const reply = (fromPhone: string, body: string) => acknowledgePageByReply({ db: harness.db, temporal: harness.temporal, tenantId: tenant.id, fromPhone, body });

    expect(await reply(ana.phone, 'Who is this?')).toEqual({ acknowledged: false, reason: 'not_an_acceptance' });
    expect(await reply('+13125550100', 'yes')).toEqual({ acknowledged: false, reason: 'no_open_page' });
    // James is on the rota but has not been paged yet: his yes takes nothing.
    expect(await reply(james.phone, 'yes')).toEqual({ acknowledged: false, reason: 'no_open_page' });
    expect(await pageStatus(harness.db, paged.pageId)).toBe('paging');

    expect(await reply(ana.phone, "yes I've got it")).toEqual({ acknowledged: true, pageId: paged.pageId, owner: { name: 'Ana Ruiz', phone: ana.phone, role: 'primary' }, yours: true });
    await expect.poll(() => pageStatus(harness.db, paged.pageId), { timeout: 10_000 }).toBe('acknowledged');
    const steps = await harness.db.selectFrom('page_steps').select(['kind', 'person_name', 'detail']).where('page_id', '=', paged.pageId).where('kind', '=', 'acknowledged').execute();
    expect(steps).toEqual([{ kind: 'acknowledged', person_name: 'Ana Ruiz', detail: 'Replied to the text' }]);
    // Taken, the page is no longer open: a second yes finds nothing to take.
    expect(await reply(ana.phone, 'ok')).toEqual({ acknowledged: false, reason: 'no_open_page' });
  });

  it("never takes another organization's page, whatever number replies", async () => {
    const { tenant } = await createOrganizationWithMember(harness.db);
    const other = await createOrganizationWithMember(harness.db);
    const paged = await startPagedFirstCall(harness, tenant.id);
    await pageLinkTokenTexted(harness.db, tenant.id, ana.phone);
    expect(await acknowledgePageByReply({ db: harness.db, temporal: harness.temporal, tenantId: other.tenant.id, fromPhone: ana.phone, body: 'yes' })).toEqual({ acknowledged: false, reason: 'no_open_page' });
    expect(await pageStatus(harness.db, paged.pageId)).toBe('paging');
  });
});
