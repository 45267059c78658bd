import { describe, expect, it } from 'vitest';
import type { Booking, Hold } from '../domain/call/booking.js';
import { EMPTY_CALLER_DETAILS } from '../domain/extraction/caller-details.js';
import { EMPTY_FIRST_CALL_SHEET } from '../domain/first-call/first-call-sheet.js';
import type { CallInput } from './call-messages.js';
import { CallState, EMPTY_CALL_SNAPSHOT, type CallSnapshot } from './call-state.js';

const input: CallInput = { tenantId: 't1', callSid: 'CA1', fromPhone: '+15035550100', referenceTime: '2026-12-01T15:00:00Z', timeZone: 'America/Los_Angeles' };
const slot = { start: '2026-12-03T18:00:00Z', end: '2026-12-03T19:00:00Z', localStart: '2026-12-03T10:00', localEnd: '2026-12-03T11:00' };
const hold: Hold = { eventId: 'e1', service: 'consultation', ...slot, expiresAt: '2026-12-01T15:10:00Z' };
const booking: Booking = { eventId: 'e1', service: 'consultation', confirmation: 'K7P2QX', ...slot };

/** A call that has been through every step that changes its state. */
function busyCall(): CallState {
  const call = new CallState(input);
  call.opened('call-1');
  call.addTurn({ role: 'caller', text: 'My father died; I would like to come in on Thursday.' });
  call.applyDetails({ ...EMPTY_CALLER_DETAILS, callerName: 'Ann Lee', deceasedName: 'Tom Lee' }, { phone: '+15035550199' }, 1, true);
  call.applyIntent({ wantsAppointment: true, urgent: true, urgencyReason: 'died at home', questionOnly: false, wantsMeeting: true });
  call.readFirstCall('first_call', { ...EMPTY_FIRST_CALL_SHEET, locationType: 'residence' }, { released: true });
  call.paged({ pageId: 'page-1', callbackWithinMinutes: 15, callbackDueAt: '2026-12-01T15:15:00Z' });
  call.pricesQuoted(['transfer']);
  call.timed({ kind: 'reply', at: '2026-12-01T15:01:00.000Z', totalMs: 1200, thinkMs: 800, ttsMs: 250 });
  call.timed({ kind: 'reply', at: 'not a time', totalMs: -1 });
  call.transferred('Dana Reyes');
  call.contactSaved('contact-1');
  call.offer([slot]);
  call.held(hold);
  call.booked(booking);
  call.confirmationTexted('+15035550199');
  call.end('caller');
  return call;
}

describe('the call state', () => {
  it('keeps the timings that read and drops the ones that do not', () => {
    expect(busyCall().timings).toEqual([{ kind: 'reply', at: '2026-12-01T15:01:00.000Z', totalMs: 1200, thinkMs: 800, ttsMs: 250 }]);
  });

  it('carries every field across continue-as-new: a restored call snapshots to the same record', () => {
    const snapshot = busyCall().snapshot();
    // Every field but the hold (a booking replaces it) has moved off its empty value, so a field
    // the restore dropped would show.
    for (const key of Object.keys(EMPTY_CALL_SNAPSHOT) as Array<keyof CallSnapshot>) {
      if (key !== 'hold') expect(snapshot[key], key).not.toEqual(EMPTY_CALL_SNAPSHOT[key]);
    }
    const holding = new CallState(input);
    holding.held(hold);
    expect(new CallState(input, holding.snapshot()).hold).toEqual(hold);
    const restored = new CallState(input, JSON.parse(JSON.stringify(snapshot)) as CallSnapshot);
    expect(restored.snapshot()).toEqual(snapshot);
    expect(restored.view()).toEqual(busyCall().view());
    expect(restored.detailSources).toEqual({ callerName: 'caller', deceasedName: 'caller', phone: 'agent' });
  });

  it('fills what a snapshot from an older version lacks with empty values', () => {
    const { stated: _dropped, ...older } = busyCall().snapshot();
    const restored = new CallState(input, older);
    expect(restored.snapshot().stated).toEqual({});
    expect(restored.booking).toEqual(booking);
  });

  it('hands out a snapshot that later changes to the call do not reach, and takes none back', () => {
    const call = new CallState(input);
    const before = call.snapshot();
    call.addTurn({ role: 'caller', text: 'hello' });
    expect(before.turns).toEqual([]);
    before.turns.push({ role: 'agent', text: 'written from outside' });
    expect(call.turns).toHaveLength(1);
    const carried = call.snapshot();
    const restored = new CallState(input, carried);
    restored.addTurn({ role: 'caller', text: 'still there?' });
    expect(carried.turns).toHaveLength(1);
  });

  it('keeps what the agent stated over later readings, and the first reason a call was urgent', () => {
    const call = busyCall();
    call.applyDetails({ ...EMPTY_CALLER_DETAILS, callerName: 'Anne Leigh', phone: '+15035550100' }, {}, 2, true);
    expect(call.details.phone).toBe('+15035550199');
    expect(call.details.callerName).toBe('Anne Leigh');
    call.flagUrgent('another reason');
    expect(call.urgencyReason).toBe('died at home');
  });

  it('moves through its stages and knows when its contact holds the current details', () => {
    const call = new CallState(input);
    expect(call.stage).toBe('listening');
    call.offer([slot]);
    expect(call.stage).toBe('offering');
    call.held(hold);
    expect(call.stage).toBe('holding');
    call.booked(booking);
    expect([call.stage, call.hold]).toEqual(['booked', null]);
    call.contactSaved('contact-1');
    expect(call.contactIsCurrent).toBe(true);
    call.applyDetails({ ...EMPTY_CALLER_DETAILS, callerName: 'Ann' }, {}, 0, true);
    expect(call.contactIsCurrent).toBe(false);
    call.end('silence');
    call.end('agent');
    expect([call.stage, call.outcome]).toEqual(['ended', 'booked']);
  });
});
