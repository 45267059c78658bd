import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { organizationWithNumber as organizationWithNumberIn, postAsTwilio } from '../../../testing/twilio-webhook.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertContact } from '../../../db/queries/contacts.js';
import { startApiHarness, TEST_PUBLIC_BASE_URL, TEST_TWILIO_AUTH_TOKEN } from '../../../testing/api-harness.js';
import { pageLinkTokenTexted, pageStatus, ROTA, startPagedFirstCall } from '../../../testing/paged-call.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness.stop());

const organizationWithNumber = () => organizationWithNumberIn(harness.db);

/** Posts a text as Twilio does: form-encoded, signed with the account's token over the public URL. */
async function textIn(fields: { From: string; To: string; Body: string; MessageSid?: string }, options: { token?: string; path?: string; sign?: boolean } = {}) {
  return postSigned({ MessageSid: `SM${randomBytes(16).toString('hex')}`, AccountSid: 'ACtest', NumMedia: '0', ...fields }, options);
}

async function postSigned(params: Record<string, string> & { MessageSid: string }, options: { token?: string; path?: string; sign?: boolean } = {}) {
  return { ...(await postAsTwilio(harness.app, options.path ?? '/twilio/sms', params, options)), sid: params.MessageSid };
}

const inbound = (tenantId: string) => harness.db.selectFrom('inbound_sms').select(['message_sid', 'outcome', 'contact_id', 'body']).where('tenant_id', '=', tenantId).orderBy('received_at').execute();

describe("Twilio's delivery reports (POST /twilio/sms-status)", () => {
  it('marks a text of ours delivered or failed when signed, and ignores steps on the way', async () => {
    const { tenantId } = await organizationWithNumber();
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const { id } = await harness.db.insertInto('sms_outbox').values({ tenant_id: tenantId, to_phone: '+13125550111', body: 'Your confirmation number is EV-1', purpose: 'confirmation', idempotency_key: `status:${sid}`, status: 'sent', provider_sid: sid }).returning('id').executeTakeFirstOrThrow();
    const status = () => harness.db.selectFrom('sms_outbox').select(['status', 'status_detail']).where('id', '=', id).executeTakeFirstOrThrow();
    expect((await postSigned({ MessageSid: sid, MessageStatus: 'delivered' }, { path: '/twilio/sms-status', sign: false })).response.status).toBe(403);
    expect(await status()).toEqual({ status: 'sent', status_detail: null });
    expect((await postSigned({ MessageSid: sid, MessageStatus: 'sending' }, { path: '/twilio/sms-status' })).response.status).toBe(204);
    expect((await postSigned({ MessageSid: sid, MessageStatus: 'undelivered', ErrorCode: '30003' }, { path: '/twilio/sms-status' })).response.status).toBe(204);
    expect(await status()).toEqual({ status: 'undelivered', status_detail: '30003' });
  });
});

describe('texts to an organization number (POST /twilio/sms)', () => {
  it('refuses an unsigned text, one signed with another token, and one whose fields were changed after signing', async () => {
    const { tenantId, number } = await organizationWithNumber();
    expect((await textIn({ From: '+13125550101', To: number, Body: 'STOP' }, { sign: false })).response.status).toBe(403);
    expect((await textIn({ From: '+13125550101', To: number, Body: 'STOP' }, { token: 'someone-else' })).response.status).toBe(403);
    const params = { MessageSid: 'SMtampered', From: '+13125550101', To: number, Body: 'HELP' };
    const signature = twilio.getExpectedTwilioSignature(TEST_TWILIO_AUTH_TOKEN, `${TEST_PUBLIC_BASE_URL}/twilio/sms`, params);
    const tampered = await harness.app.request('/twilio/sms', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams({ ...params, Body: 'STOP' }).toString(),
    });
    expect(tampered.status).toBe(403);
    expect(await inbound(tenantId)).toEqual([]);
  });

  it('checks the signature over the URL with its query string, as Twilio signs it', async () => {
    const { tenantId, number } = await organizationWithNumber();
    const { response } = await textIn({ From: '+13125550102', To: number, Body: 'HELP' }, { path: '/twilio/sms?source=main-line' });
    expect(response.status).toBe(200);
    expect((await inbound(tenantId)).map((row) => row.outcome)).toEqual(['help']);
  });

  it('answers STOP, START and HELP as carriers require, and keeps who stopped', async () => {
    const { tenantId, number } = await organizationWithNumber();
    const stop = await textIn({ From: '+13125550103', To: number, Body: 'Stop' });
    expect(stop.response.headers.get('content-type')).toMatch(/text\/xml/);
    expect(stop.text).toContain('<Message>You will get no more texts from Evergreen Chapel. Reply START to get them again.</Message>');
    const optedOut = () => harness.db.selectFrom('sms_opt_outs').select('phone_e164').where('tenant_id', '=', tenantId).execute();
    expect(await optedOut()).toEqual([{ phone_e164: '+13125550103' }]);
    expect((await textIn({ From: '+13125550103', To: number, Body: 'YES' })).text).toContain('texts from Evergreen Chapel again');
    expect(await optedOut()).toEqual([]);
    expect((await textIn({ From: '+13125550103', To: number, Body: 'help' })).text).toContain('Reply STOP to stop texts.');
  });

  it('handles a text Twilio delivers twice once', async () => {
    const { tenantId, number } = await organizationWithNumber();
    const first = await textIn({ From: '+13125550104', To: number, Body: 'STOP', MessageSid: 'SMtwice0001' });
    const again = await textIn({ From: '+13125550104', To: number, Body: 'STOP', MessageSid: 'SMtwice0001' });
    expect(first.text).toContain('<Message>');
    expect(again.text).not.toContain('<Message>');
    expect(await inbound(tenantId)).toHaveLength(1);
  });

  it("keeps a family's text on their contact for staff, and answers nothing on their behalf", async () => {
    const { tenantId, number } = await organizationWithNumber();
    const contact = await insertContact(harness.db, { tenantId, fields: { name: 'Steven Park', phone: '+13125550105', email: null, deceasedName: null, relationship: null, serviceType: null }, sources: {} });
    const { text, sid } = await textIn({ From: '+13125550105', To: number, Body: 'Can we move the visitation to 6pm?' });
    expect(text).not.toContain('<Message>');
    expect(await inbound(tenantId)).toEqual([{ message_sid: sid, outcome: 'logged', contact_id: contact.id, body: 'Can we move the visitation to 6pm?' }]);
    const logged = await harness.db.selectFrom('contact_interactions').select(['kind', 'summary']).where('contact_id', '=', contact.id).execute();
    expect(logged).toEqual([{ kind: 'sms', summary: 'Text from +13125550105: Can we move the visitation to 6pm?' }]);
    await textIn({ From: '+13125550199', To: number, Body: 'Who is this?' });
    expect((await inbound(tenantId)).map((row) => row.outcome)).toEqual(['logged', 'unknown_sender']);
  });

  it('lets the director on call take a page by replying yes, and tells a late second yes who has it', async () => {
    const { tenantId, number } = await organizationWithNumber();
    const paged = await startPagedFirstCall(harness, tenantId);
    await pageLinkTokenTexted(harness.db, tenantId, ROTA[0].phone);
    const taken = await textIn({ From: ROTA[0].phone, To: number, Body: 'Yes, on my way' });
    expect(taken.text).toContain('the page is yours');
    await expect.poll(() => pageStatus(harness.db, paged.pageId), { timeout: 10_000 }).toBe('acknowledged');
    expect((await inbound(tenantId)).map((row) => row.outcome)).toEqual(['page_taken']);
  });

  it('says nothing to a text for a number that is no organization of ours, and keeps nothing', async () => {
    const { response, text, sid } = await textIn({ From: '+13125550106', To: '+13125559999', Body: 'hello' });
    expect(response.status).toBe(200);
    expect(text).not.toContain('<Message>');
    expect(await harness.db.selectFrom('inbound_sms').select('id').where('message_sid', '=', sid).execute()).toEqual([]);
  });
});
