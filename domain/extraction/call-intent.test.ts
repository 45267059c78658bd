import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SHARED_SCENARIOS } from '../../testing/scenario-dirs.js';
import { describe, expect, it } from 'vitest';
import { detectCallIntent } from './call-intent.js';

type Scenario = { name: string; caller: string[]; expect: { booking: unknown; urgent?: boolean } };

// The shared acceptance calls, read from the caller's lines alone (they say everything outright);
// our own scenarios lean on the agent's questions and are checked end to end by
// workflows/call-scenarios.test.ts instead. A checkout without the shared set has none to read.
const scenarios = (existsSync(SHARED_SCENARIOS) ? readdirSync(SHARED_SCENARIOS) : [])
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(SHARED_SCENARIOS, file), 'utf8')) as Scenario) }));

const callerSays = (...texts: string[]) => texts.map((text) => ({ role: 'caller' as const, text }));

describe('detectCallIntent on the call scenarios', () => {
  it.each(scenarios.map((s) => [s.file, s] as const))('%s', (_file, scenario) => {
    const intent = detectCallIntent(callerSays(...scenario.caller));
    expect(intent.urgent).toBe(scenario.expect.urgent === true);
    const booksSomething = scenario.expect.booking !== null;
    expect(intent.wantsAppointment).toBe(booksSomething);
    expect(intent.questionOnly).toBe(!booksSomething && scenario.expect.urgent !== true);
  });

  it('flags the death at home from its first turn, with the reasons', () => {
    const intent = detectCallIntent(
      callerSays('Hello? My wife just died at home, about an hour ago. Hospice told me to call you.', 'Can someone come to the house?'),
    );
    expect(intent.urgencyReason).toBe('death just occurred; caller asks for someone to come to the house');
  });
});

describe('detectCallIntent', () => {
  it.each([
    ['My father died twenty minutes ago and the nurse says the body needs to be picked up.'],
    ['he has just passed, we are still here with him'],
    ['Can you send someone tonight?'],
    ['My mother is dying, hospice says it could be tonight.'],
  ])('treats %j as urgent', (text) => {
    expect(detectCallIntent(callerSays(text)).urgent).toBe(true);
  });

  it.each([
    ['Hi, I need to schedule a burial service for my mother who passed away yesterday.'],
    ['My father, David Chen. He passed this morning.'],
    ['I just wanted to book a time, my dad passed.'],
    ['She just passed this morning, we would like to set up a time next week.'],
  ])('keeps a calm request about an earlier death non-urgent: %j', (text) => {
    expect(detectCallIntent(callerSays(text)).urgent).toBe(false);
  });

  it('treats a price question as information only', () => {
    expect(detectCallIntent(callerSays('How much does cremation cost?'))).toEqual({
      wantsAppointment: false,
      urgent: false,
      urgencyReason: null,
      questionOnly: true,
      wantsMeeting: false,
    });
  });

  it('tells a wish to come in and talk a service through from a wish for the service itself', () => {
    expect(detectCallIntent(callerSays("My father died on Tuesday, and we'd like to come in and arrange his cremation.")).wantsMeeting).toBe(true);
    expect(detectCallIntent(callerSays("I'd like to sit down with someone and go over what that involves.")).wantsMeeting).toBe(true);
    expect(detectCallIntent(callerSays("My dad passed away on Sunday and we'd like to arrange his burial.")).wantsMeeting).toBe(false);
    expect(detectCallIntent(callerSays('Could we have the memorial on Saturday at eleven?')).wantsMeeting).toBe(false);
  });

  it('stops treating the call as information only once the caller asks to arrange something', () => {
    const intent = detectCallIntent(callerSays('Where are you located?', 'Actually, could I book a time to come in?'));
    expect(intent).toMatchObject({ wantsAppointment: true, questionOnly: false });
  });

  it('reads only the caller, not the agent', () => {
    const intent = detectCallIntent([
      { role: 'agent', text: 'Would you like to schedule an appointment?' },
      { role: 'caller', text: 'What are your hours?' },
    ]);
    expect(intent.questionOnly).toBe(true);
  });
});
