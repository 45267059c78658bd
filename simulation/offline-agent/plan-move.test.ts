import { describe, expect, it } from 'vitest';
import type { Slot } from '../../domain/scheduling/slot.js';
import { createAgentMemory, type AgentMemory } from './agent-memory.js';
import { planMove } from './plan-move.js';
import { OFFERS_STAND } from './replies.js';
import { nameQuestionOf } from '../../domain/extraction/call-turn.js';

const slot = (localStart: string): Slot => ({ start: '', end: '', localStart, localEnd: '' });
const OFFERING: AgentMemory = {
  ...createAgentMemory({ referenceLocal: '2026-07-29T15:40', timeZone: 'America/New_York', callerId: null }),
  details: { callerName: 'Samuel Adeyemi', phone: null, email: null, deceasedName: 'Folake Adeyemi', relationship: 'spouse', serviceType: null },
  asked: ['callerName', 'deceasedName', 'service'],
  offered: [slot('2026-07-30T09:00')],
};

describe('planMove', () => {
  it('asks again about the offered times rather than fall silent', () => {
    expect(planMove(OFFERING).move).toEqual({ kind: 'say', text: OFFERS_STAND, endCall: false });
  });

  it('says only what the turn has to say when it has something', () => {
    expect(planMove({ ...OFFERING, said: ['Thank you.'] }).move).toEqual({ kind: 'say', text: 'Thank you.', endCall: false });
  });

  it('asks a professional for the name of the person who died, not of their loved one', () => {
    const nurse = { ...OFFERING, details: { ...OFFERING.details, deceasedName: null, relationship: 'professional' as const }, asked: ['callerName' as const] };
    const { move } = planMove(nurse);
    expect(move).toMatchObject({ kind: 'say', text: 'May I have the name of the person who has died?' });
    expect(nameQuestionOf(move.kind === 'say' ? move.text : '')).toBe('deceasedName');
    expect(planMove({ ...nurse, details: { ...nurse.details, relationship: 'child' } }).move).toMatchObject({ text: 'May I ask the name of your loved one who passed?' });
  });

  it('alerts staff first on an urgent call, then finds the time the caller also asked for', () => {
    const urgent: AgentMemory = { ...OFFERING, offered: [], intent: { wantsAppointment: true, urgent: true, urgencyReason: 'death just occurred', questionOnly: false }, pending: { check: { requested: '2026-07-31T10:00' }, hold: null } };
    expect(planMove(urgent).move.kind).toBe('transfer_to_staff');
    expect(planMove({ ...urgent, transferred: true }).move).toMatchObject({ kind: 'check_availability', requestedLocalStart: '2026-07-31T10:00' });
    expect(planMove({ ...urgent, transferred: true, pending: { check: null, hold: null } }).move.kind).toBe('say');
  });
});
