import { describe, expect, it } from 'vitest';
import { detectCallIntent } from '../extraction/call-intent.js';
import { extractCallerDetails } from '../extraction/extract-caller-details.js';
import { classifyCall } from './classify-call.js';
import { readFirstCallSheet } from './read-first-call-sheet.js';

function kindOf(...lines: string[]) {
  const turns = lines.map((text) => ({ role: 'caller' as const, text }));
  return classifyCall({ turns, intent: detectCallIntent(turns), relationship: extractCallerDetails(turns).relationship, sheet: readFirstCallSheet(turns) });
}

describe('classifyCall', () => {
  it('files a death at home tonight as a first call', () => {
    expect(kindOf('My father just passed away in his chair. What do we do now?')).toBe('first_call');
    expect(kindOf("It's my wife. She's gone, about forty minutes ago, here at the house.")).toBe('first_call');
  });

  it('files a nurse releasing a patient as a facility call', () => {
    expect(kindOf("This is Joy, night nurse at Riverside Medical Center. Our patient expired at 2:10 and the family has chosen you.")).toBe('facility_call');
  });

  it('files a death some days back with a wish to meet as a booking, not a first call', () => {
    expect(kindOf('My aunt died last Tuesday and we would like to come in and arrange a memorial.')).toBe('booking');
  });

  it('files price shopping, planning ahead, questions and other business apart', () => {
    expect(kindOf('Could you tell me what an immediate burial costs?')).toBe('price_question');
    expect(kindOf("I'd like to pre-arrange my own cremation so my children aren't left with it.")).toBe('pre_need');
    expect(kindOf('What time is the visitation for Mr. Alvarez on Friday?')).toBe('general_question');
    expect(kindOf('Hi, is this Luigi’s? I wanted to order a large pizza for delivery.'.replace('’', "'"))).toBe('not_a_customer');
    expect(kindOf("Hello, I'm calling from BrightLeads, we help funeral homes get more families through online ads.")).toBe('not_a_customer');
  });

  it('keeps a family whose service is arranged as an existing family', () => {
    expect(kindOf("We're having my dad's funeral with you on Thursday and I wanted to ask about flowers.")).toBe('existing_family');
  });
});
