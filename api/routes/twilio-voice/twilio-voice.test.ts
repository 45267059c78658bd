import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, TEST_VOICE_BRIDGE_URL } from '../../../testing/api-harness.js';
import { organizationWithNumber as organizationWithNumberIn, postAsTwilio } from '../../../testing/twilio-webhook.js';
import { openCallRecord } from '../../../db/queries/calls.js';
import { CALLER_PHONE, TENANT_ID } from '../../../temporal/search-attributes.js';
import { NOBODY_ANSWERED } from '../../operations/transfer-ended.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness.stop());

const organizationWithNumber = () => organizationWithNumberIn(harness.db);

const newCallSid = () => `CA${randomBytes(16).toString('hex')}`;
const ring = (params: Record<string, string>, options?: { sign?: boolean }) => postAsTwilio(harness.app, '/twilio/voice', { AccountSid: 'ACtest', CallStatus: 'ringing', Direction: 'inbound', ...params }, options);

describe('a phone call to an organization number (POST /twilio/voice)', () => {
  it("starts the call's workflow and connects the audio to the voice bridge with what it needs", async () => {
    const { tenantId, number } = await organizationWithNumber();
    const callSid = newCallSid();
    const { response, text } = await ring({ CallSid: callSid, From: '+13125550142', To: number });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/xml/);
    expect(text).toContain(`<Connect><Stream url="${TEST_VOICE_BRIDGE_URL}">`);
    expect(text).toContain(`<Parameter name="callSid" value="${callSid}"/>`);
    expect(text).toContain(`<Parameter name="tenantId" value="${tenantId}"/>`);
    expect(text).toContain('<Parameter name="greeting" value="Thank you for calling Evergreen Chapel.');
    expect(text).toContain('<Parameter name="organizationName" value="Evergreen Chapel"/>');
    const description = await harness.temporal.workflow.getHandle(`call-${callSid}`).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.typedSearchAttributes.get(TENANT_ID)).toBe(tenantId);
    expect(description.typedSearchAttributes.get(CALLER_PHONE)).toBe('+13125550142');
  });

  it('reaches the same call when Twilio retries the webhook', async () => {
    const { number } = await organizationWithNumber();
    const callSid = newCallSid();
    await ring({ CallSid: callSid, From: '+13125550143', To: number });
    const first = await harness.temporal.workflow.getHandle(`call-${callSid}`).describe();
    const again = await ring({ CallSid: callSid, From: '+13125550143', To: number });
    expect(again.text).toContain('<Connect><Stream');
    expect((await harness.temporal.workflow.getHandle(`call-${callSid}`).describe()).runId).toBe(first.runId);
  });

  it('takes a withheld caller ID as no number to call back', async () => {
    const { number } = await organizationWithNumber();
    const callSid = newCallSid();
    await ring({ CallSid: callSid, From: 'anonymous', To: number });
    const description = await harness.temporal.workflow.getHandle(`call-${callSid}`).describe();
    expect(description.typedSearchAttributes.get(CALLER_PHONE)).toBeUndefined();
  });

  it('apologises and hangs up on a number of no organization, starting nothing', async () => {
    const callSid = newCallSid();
    const { text } = await ring({ CallSid: callSid, From: '+13125550144', To: '+13125569999' });
    expect(text).toContain("<Say>We're sorry, this number is not in service with us. Goodbye.</Say><Hangup/>");
    await expect(harness.temporal.workflow.getHandle(`call-${callSid}`).describe()).rejects.toThrow();
  });

  it('refuses a call webhook that Twilio did not sign, starting nothing', async () => {
    const { number } = await organizationWithNumber();
    const callSid = newCallSid();
    expect((await ring({ CallSid: callSid, From: '+13125550145', To: number }, { sign: false })).response.status).toBe(403);
    await expect(harness.temporal.workflow.getHandle(`call-${callSid}`).describe()).rejects.toThrow();
  });

  it("keeps how the network says the call ended, and ends the call's workflow", async () => {
    const { tenantId, number } = await organizationWithNumber();
    const callSid = newCallSid();
    await ring({ CallSid: callSid, From: '+13125550146', To: number });
    const row = () => harness.db.selectFrom('calls').select(['telephony_status', 'telephony_seconds', 'status']).where('tenant_id', '=', tenantId).where('call_sid', '=', callSid).executeTakeFirst();
    await expect.poll(row, { timeout: 10_000 }).toBeDefined();
    const ended = await postAsTwilio(harness.app, '/twilio/voice-status', { CallSid: callSid, To: number, From: '+13125550146', CallStatus: 'completed', CallDuration: '42' });
    expect(ended.response.status).toBe(204);
    expect(await row()).toMatchObject({ telephony_status: 'completed', telephony_seconds: 42 });
    await expect.poll(async () => (await harness.temporal.workflow.getHandle(`call-${callSid}`).describe()).status.name, { timeout: 15_000 }).not.toBe('RUNNING');
  });
});

describe('how putting a caller through to the person on call ended (POST /twilio/transfer-status)', () => {
  const dialEnded = (params: Record<string, string>, options?: { sign?: boolean }) =>
    postAsTwilio(harness.app, '/twilio/transfer-status', { AccountSid: 'ACtest', CallStatus: 'in-progress', DialCallSid: newCallSid(), ...params }, options);

  async function transferredCall() {
    const { tenantId, number } = await organizationWithNumber();
    const callSid = newCallSid();
    const call = await openCallRecord(harness.db, { tenantId, callSid, workflowId: `call-${callSid}`, fromPhone: '+13125550150', startedAt: new Date().toISOString() });
    return { tenantId, number, callSid, callId: call.id };
  }
  const tasksOf = (tenantId: string) => harness.db.selectFrom('tasks').select(['kind', 'call_id', 'title']).where('tenant_id', '=', tenantId).execute();

  it('tells the caller a person will call back when nobody answered, and leaves that call-back once however often Twilio reports it', async () => {
    const { tenantId, number, callSid, callId } = await transferredCall();
    const first = await dialEnded({ CallSid: callSid, To: number, DialCallStatus: 'no-answer' });
    expect(first.response.status).toBe(200);
    expect(first.text).toContain(`<Say>${NOBODY_ANSWERED}</Say><Hangup/>`);
    await dialEnded({ CallSid: callSid, To: number, DialCallStatus: 'no-answer' });
    expect(await tasksOf(tenantId)).toEqual([{ kind: 'urgent_callback', call_id: callId, title: expect.stringMatching(/nobody answered/) }]);
  });

  it('hangs up quietly after a conversation that took place, leaving no task', async () => {
    const { tenantId, number, callSid } = await transferredCall();
    const { text } = await dialEnded({ CallSid: callSid, To: number, DialCallStatus: 'completed' });
    expect(text).toContain('<Response><Hangup/></Response>');
    expect(await tasksOf(tenantId)).toEqual([]);
  });

  it('refuses a report Twilio did not sign', async () => {
    const { tenantId, number, callSid } = await transferredCall();
    const { response } = await dialEnded({ CallSid: callSid, To: number, DialCallStatus: 'busy' }, { sign: false });
    expect(response.status).toBe(403);
    expect(await tasksOf(tenantId)).toEqual([]);
  });
});
