import { describe, expect, it } from 'vitest';
import { freePort } from '../devstack/free-port.js';
import type { Booking } from '../domain/call/booking.js';
import type { Slot } from '../domain/scheduling/slot.js';
import { TEST_TWILIO_AUTH_TOKEN, TEST_VOICE_BRIDGE_URL } from '../testing/api-harness.js';
import { audioFrames, callerAudio, SPOKEN } from '../testing/audio/caller-audio.js';
import {
  answeredFunctionCalls,
  appointmentsOf,
  callerSaid,
  callFunction,
  hangUpReached,
  holdBookings,
  reportCallCompleted,
  requestFunction,
  ringAndConnect,
  liveCallStackForTests,
  textsTo,
  workflowClosed,
  type LiveCall,
} from '../testing/live-call.js';
import { startVoiceBridgeProcess } from '../testing/worker-process.js';

// A live call going wrong where it hurts most, around the booking: the caller hanging up while it
// is made, the agent taking the request back, the bridge process dying. Whatever happens on the
// line, the family has one appointment and one text, and the call's workflow closes.

const stack = liveCallStackForTests();

/**
 * The caller's opening sentence streams as it is spoken (not awaited: the line carries audio all
 * call long), the agent hears it and finds a burial time; resolves with the first time offered
 * and the audio still streaming.
 */
async function offeredATime(call: LiveCall): Promise<{ slot: Slot; streaming: Promise<Buffer> }> {
  const streaming = call.stream.stream(audioFrames(callerAudio('helen-marsh-opening')));
  await callerSaid(call, SPOKEN['helen-marsh-opening']);
  const availability = await callFunction<{ slots: Slot[] }>(call.session, 'check_availability', { service: 'burial' });
  expect(availability.slots.length).toBeGreaterThan(0);
  return { slot: availability.slots[0]!, streaming };
}

/** The call closed as booked, with exactly one appointment on the calendar and one text to the caller, carrying its number. */
async function expectOneBookingAndOneText(call: LiveCall): Promise<Booking> {
  expect(await workflowClosed(call)).toBe('COMPLETED');
  const summary = await call.handle.result();
  expect(summary.outcome).toBe('booked');
  const booking = summary.booking!;
  expect(await appointmentsOf(stack, call)).toEqual([{ status: 'confirmed', confirmation_code: booking.confirmation, service_type: 'burial', workflow_id: `call-${call.callSid}` }]);
  const texts = textsTo(stack, call.callerPhone);
  expect(texts).toHaveLength(1);
  expect(texts[0]!.body).toContain(booking.confirmation);
  return booking;
}

describe('a live call that goes wrong around the booking', () => {
  it('books once and texts once when the caller hangs up while book_appointment is being made, and closes the call', async () => {
    const call = await ringAndConnect(stack);
    const { slot, streaming } = await offeredATime(call);
    const bookings = await holdBookings(stack);
    const bookingCall = requestFunction(call.session, 'book_appointment', { localStart: slot.localStart, service: 'burial' });
    await bookings.blocked();

    // The caller hangs up mid-sentence: Twilio stops the stream and closes it.
    await call.stream.hangUp();
    await streaming;
    await call.session.closed;
    await hangUpReached(call);
    await bookings.release();

    await expectOneBookingAndOneText(call);
    // The agent's line was gone before the booking came back: nobody was left to answer.
    expect(answeredFunctionCalls(call.session)).not.toContain(bookingCall);
    await reportCallCompleted(stack, call, 48);
    expect(await appointmentsOf(stack, call)).toHaveLength(1);
    expect(textsTo(stack, call.callerPhone)).toHaveLength(1);
  });

  it('books nothing for a book_appointment the agent cancelled right behind it, and books once when asked again', async () => {
    const call = await ringAndConnect(stack);
    const { slot } = await offeredATime(call);
    const args = { localStart: slot.localStart, service: 'burial' };
    const cancelled = requestFunction(call.session, 'book_appointment', args);
    call.session.send({ type: 'FunctionCallCancelled', functions: [{ id: cancelled, name: 'book_appointment' }] });
    // Longer than the bridge waits before carrying out a tool that cannot be undone.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await appointmentsOf(stack, call)).toEqual([]);
    expect(textsTo(stack, call.callerPhone)).toEqual([]);
    expect(answeredFunctionCalls(call.session)).not.toContain(cancelled);
    // The caller confirms after all, and the model asks again: one booking, one text.
    const again = await callFunction<Booking>(call.session, 'book_appointment', args);

    await call.stream.hangUp();
    await reportCallCompleted(stack, call, 75);
    const booking = await expectOneBookingAndOneText(call);
    expect(again.confirmation).toBe(booking.confirmation);
  });

  it('closes the call on Twilio\'s status callback when the bridge process is killed after the booking, with one booking and one text', async () => {
    const port = await freePort();
    const bridgeProcess = await startVoiceBridgeProcess({ address: stack.harness.address, port, agentUrl: stack.agent.url, authToken: TEST_TWILIO_AUTH_TOKEN, publicUrl: TEST_VOICE_BRIDGE_URL });
    try {
      const call = await ringAndConnect(stack, { bridgeUrl: `ws://127.0.0.1:${port}/twilio/media` });
      const { slot, streaming } = await offeredATime(call);
      const booked = await callFunction<Booking>(call.session, 'book_appointment', { localStart: slot.localStart, service: 'burial' });
      await expect.poll(() => textsTo(stack, call.callerPhone).length, { timeout: 15_000 }).toBe(1);

      await bridgeProcess.crash();
      await Promise.all([call.stream.closed, call.session.closed, streaming]);
      // A killed bridge tells nobody: the call stays open until Twilio reports the call ended.
      expect((await call.handle.describe()).status.name).toBe('RUNNING');
      await reportCallCompleted(stack, call, 61);

      const booking = await expectOneBookingAndOneText(call);
      expect(booking.confirmation).toBe(booked.confirmation);
    } catch (error) {
      // The failure as it is (its diff kept), with what the bridge process said before it.
      if (error instanceof Error) error.message += `\n--- the voice bridge process logged ---\n${bridgeProcess.output().slice(-4000)}`;
      throw error;
    } finally {
      await bridgeProcess.stop();
    }
  });
});
