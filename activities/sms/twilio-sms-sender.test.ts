import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { recordDeliveryStatus } from '../../db/queries/sms-outbox.js';
import { addOrganizationNumber, setOptedOut } from '../../db/queries/texts-in.js';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../testing/fakes/twilio-api.js';
import { createTestDatabase } from '../../testing/database.js';
import { createOrganizationWithMember } from '../../testing/organizations.js';
import { createTwilioSmsSender } from './twilio-sms-sender.js';
import type { SmsSender } from './sms-sender.js';

let db: Database;
let drop: () => Promise<void>;
let fake: FakeTwilioApi;
let sender: SmsSender;
let tenantId: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  fake = await startFakeTwilioApi();
  sender = createTwilioSmsSender(db, {
    accountSid: fake.accountSid,
    authToken: fake.authToken,
    messagingServiceSid: null,
    fromNumber: '+13125550100',
    apiBase: fake.baseUrl,
    statusCallbackUrl: 'https://voice.example.test/twilio/sms-status',
  });
  tenantId = (await createOrganizationWithMember(db)).tenant.id;
});
afterAll(async () => {
  await fake.stop();
  await drop();
});

let keySeq = 0;
const text = (to: string, body = `Your confirmation number is EV-${1000 + keySeq}.`) => ({ tenantId, to, body, purpose: 'confirmation' as const, idempotencyKey: `test:${keySeq++}` });
const atTwilio = (to: string) => fake.messages.filter((message) => message.to === to);
const row = (id: string) => db.selectFrom('sms_outbox').select(['status', 'provider_sid', 'status_detail']).where('id', '=', id).executeTakeFirstOrThrow();

describe('texts through Twilio', () => {
  it('sends a text once, however often the same send is repeated, from the number and with the status callback', async () => {
    const message = text('+13125550201');
    const first = await sender.send(message);
    const again = await sender.send(message);
    expect(again.messageId).toBe(first.messageId);
    expect(atTwilio('+13125550201')).toEqual([expect.objectContaining({ from: '+13125550100', body: message.body, statusCallback: 'https://voice.example.test/twilio/sms-status' })]);
    expect(await row(first.messageId)).toMatchObject({ status: 'sent', provider_sid: atTwilio('+13125550201')[0]!.sid });
  });

  it("sends from the organization's own number when it has one, so the family's reply reaches it", async () => {
    const own = (await createOrganizationWithMember(db)).tenant.id;
    await addOrganizationNumber(db, { tenantId: own, phone: '+13125550777' });
    await sender.send({ ...text('+13125550209'), tenantId: own });
    expect(atTwilio('+13125550209')).toEqual([expect.objectContaining({ from: '+13125550777' })]);
  });

  it('does not send twice when Twilio took the text but its answer was lost', async () => {
    const message = text('+13125550202');
    fake.failNext(1, 'accept-then-drop');
    await expect(sender.send(message)).rejects.toThrow();
    expect(atTwilio('+13125550202')).toHaveLength(1);
    const retried = await sender.send(message);
    expect(atTwilio('+13125550202')).toHaveLength(1);
    expect(await row(retried.messageId)).toMatchObject({ status: 'sent', provider_sid: atTwilio('+13125550202')[0]!.sid });
  });

  it('sends on the retry when Twilio refused the first try', async () => {
    const message = text('+13125550203');
    fake.failNext(1, 'error');
    await expect(sender.send(message)).rejects.toThrow();
    expect(atTwilio('+13125550203')).toHaveLength(0);
    await sender.send(message);
    expect(atTwilio('+13125550203')).toHaveLength(1);
  });

  it('sends nothing to a number that replied STOP, and says why on the row', async () => {
    await setOptedOut(db, { tenantId, phone: '+13125550204', optedOut: true });
    const { messageId } = await sender.send(text('+13125550204'));
    expect(atTwilio('+13125550204')).toEqual([]);
    expect(await row(messageId)).toMatchObject({ status: 'suppressed', status_detail: 'The number replied STOP.' });
  });

  it("keeps Twilio's delivery reports, never moving a delivered text back to sent", async () => {
    const { messageId } = await sender.send(text('+13125550205'));
    const sid = atTwilio('+13125550205')[0]!.sid;
    expect(await recordDeliveryStatus(db, { providerSid: sid, status: 'delivered', detail: null })).toBe(true);
    await recordDeliveryStatus(db, { providerSid: sid, status: 'sent', detail: null });
    expect((await row(messageId)).status).toBe('delivered');
    expect(await recordDeliveryStatus(db, { providerSid: 'SMnotours', status: 'failed', detail: '30003' })).toBe(false);
  });
});
