import { describe, expect, it } from 'vitest';
import type { Booking } from '../domain/call/booking.js';
import type { Slot } from '../domain/scheduling/slot.js';
import { TEST_VOICE_BRIDGE_URL } from '../testing/api-harness.js';
import { audioFrames, callerAudio, SPOKEN } from '../testing/audio/caller-audio.js';
import {
  appointmentsOf,
  callerSaid,
  callFunction,
  reportCallCompleted,
  ringAndConnect,
  liveCallStackForTests,
  textsTo,
  workflowClosed,
} from '../testing/live-call.js';

// A whole phone call as the deployed parts make it: Twilio's signed webhook to the API, the media
// stream to the voice bridge with recorded speech, the voice agent (a fake, speaking for the model)
// booking through the call's workflow, and the confirmation text out through Twilio's API.

const stack = liveCallStackForTests();

/** Deepgram's text-to-speech streams its audio in pieces of about 100 ms. */
const AGENT_AUDIO_PIECE = 800;

describe('a live phone call, from the ring to the confirmation text', () => {
  it('answers the webhook, streams the caller to the agent, books through the workflow, texts the confirmation and closes when Twilio says the call ended', async () => {
    const call = await ringAndConnect(stack);
    expect(call.twiml).toContain(`<Connect><Stream url="${TEST_VOICE_BRIDGE_URL}">`);
    for (const name of ['tenantId', 'callSid', 'workflowId', 'organizationName', 'greeting']) expect(call.twiml).toContain(`<Parameter name="${name}" value="`);
    expect(call.twiml).toContain(`<Parameter name="callSid" value="${call.callSid}"/>`);
    expect(call.twiml).toContain(`<Parameter name="workflowId" value="call-${call.callSid}"/>`);
    expect(call.settings).toMatchObject({ agent: { greeting: expect.stringContaining('Thank you for calling Evergreen Chapel.') as unknown } });

    // The caller speaks; the agent hears exactly what the phone sent, after its settings.
    const opening = callerAudio('helen-marsh-opening');
    expect(await call.stream.stream(audioFrames(opening))).toEqual(opening);
    await callerSaid(call, SPOKEN['helen-marsh-opening']);
    const details = await callFunction<{ details: Record<string, unknown> }>(call.session, 'save_caller_details', {});
    expect(details.details).toMatchObject({ callerName: 'Helen Marsh', deceasedName: 'Walter', relationship: 'spouse' });

    // The agent answers aloud: its audio reaches the caller as Twilio media, in order, unchanged.
    const reply = callerAudio('agent-reply');
    call.session.send({ type: 'ConversationText', role: 'assistant', content: SPOKEN['agent-reply'] });
    call.session.send({ type: 'AgentStartedSpeaking', total_latency: 0.9, tts_latency: 0.2, ttt_latency: 0.7 });
    for (const piece of audioFrames(reply, AGENT_AUDIO_PIECE)) call.session.sendAudio(piece);
    call.session.send({ type: 'AgentAudioDone' });
    await expect.poll(() => call.stream.audioBack().length, { timeout: 10_000 }).toBe(reply.length);
    expect(call.stream.audioBack().equals(reply)).toBe(true);
    expect(call.stream.received.filter((m) => m.event === 'media').every((m) => m.streamSid === call.stream.streamSid)).toBe(true);

    const time = callerAudio('helen-marsh-time');
    expect(await call.stream.stream(audioFrames(time))).toEqual(time);
    await callerSaid(call, SPOKEN['helen-marsh-time']);
    const availability = await callFunction<{ service: string; slots: Slot[] }>(call.session, 'check_availability', {
      service: 'burial',
      preference: { days: [], partOfDay: 'morning', exact: null, soonest: false },
    });
    expect(availability.service).toBe('burial');
    expect(availability.slots.length).toBeGreaterThan(0);
    const chosen = availability.slots[0]!;
    const booked = await callFunction<Booking>(call.session, 'book_appointment', { localStart: chosen.localStart, service: 'burial' });
    expect(booked).toMatchObject({ service: 'burial', localStart: chosen.localStart, confirmation: expect.any(String) as unknown });

    // Every byte the caller's phone sent reached the agent, in order, after the Settings.
    await expect.poll(() => call.session.audio().length, { timeout: 10_000 }).toBe(opening.length + time.length);
    expect(call.session.audio().equals(Buffer.concat([opening, time]))).toBe(true);
    expect(call.session.received[0]).toMatchObject({ type: 'Settings' });

    expect(await appointmentsOf(stack, call)).toEqual([{ status: 'confirmed', confirmation_code: booked.confirmation, service_type: 'burial', workflow_id: `call-${call.callSid}` }]);
    await expect.poll(() => textsTo(stack, call.callerPhone).length, { timeout: 10_000 }).toBe(1);
    expect(textsTo(stack, call.callerPhone)[0]!.body).toContain(booked.confirmation);

    // The caller hangs up: the stream stops, then Twilio posts the call's status.
    call.stream.stop();
    await reportCallCompleted(stack, call, 94);
    expect(await workflowClosed(call)).toBe('COMPLETED');
    expect(await call.handle.result()).toMatchObject({ outcome: 'booked', booking: { confirmation: booked.confirmation } });
    const row = await stack.harness.db.selectFrom('calls').select(['telephony_status', 'telephony_seconds']).where('tenant_id', '=', call.tenantId).where('call_sid', '=', call.callSid).executeTakeFirstOrThrow();
    expect(row).toEqual({ telephony_status: 'completed', telephony_seconds: 94 });
    expect(await appointmentsOf(stack, call)).toHaveLength(1);
    expect(textsTo(stack, call.callerPhone)).toHaveLength(1);
  });
});
