import type { AgentMemory, Move, Question } from './agent-memory.js';
import { nextQuestion } from './next-question.js';
import { nextSheetQuestion } from './next-sheet-question.js';
import {
  ANYTHING_ELSE,
  deceasedNameQuestion,
  FACILITY_QUESTIONS,
  firstCallReadBack,
  heldAsking,
  INFORMATION,
  NO_NAME_NEEDED,
  NOT_FOR_US,
  OFFERS_STAND,
  QUESTIONS,
  SHEET_QUESTIONS,
  URGENT_NAMES,
  URGENT_REASSURE,
  whenQuestion,
} from './replies.js';

type Planned = { memory: AgentMemory; move: Move };

function speak(memory: AgentMemory, parts: string[]): Planned {
  return { memory: { ...memory, said: [] }, move: { kind: 'say', text: [...memory.said, ...parts].join(' '), endCall: memory.ended } };
}

function ask(memory: AgentMemory, question: Question, parts: string[]): Planned {
  return speak({ ...memory, asked: [...memory.asked, question] }, parts);
}

/** A hold becomes a booking once the family can be reached and named. */
function readyToBook(memory: AgentMemory): boolean {
  return memory.hold !== null && memory.booking === null && memory.details.callerName !== null && memory.details.phone !== null;
}

/** A time being found, held or booked: on an urgent call, what the caller asked for besides. */
function arranging(memory: AgentMemory): boolean {
  return memory.pending.check !== null || memory.pending.hold !== null || memory.hold !== null || memory.booking !== null || memory.offered.length > 0;
}

/** A death the home must go to: the sheet's missing facts one at a time, then the read-back and the promise. */
function planFirstCall(memory: AgentMemory): Planned {
  const question = nextSheetQuestion(memory);
  const facility = memory.callKind === 'facility_call';
  if (question) {
    const words = (facility ? FACILITY_QUESTIONS[question] : undefined) ?? SHEET_QUESTIONS[question];
    return speak({ ...memory, sheetAsked: [...memory.sheetAsked, question] }, [words]);
  }
  if (!memory.promised) {
    const readBack = firstCallReadBack({
      deceasedName: memory.details.deceasedName,
      sheet: memory.sheet,
      minutes: memory.page?.callbackWithinMinutes ?? null,
      phone: memory.details.phone ?? memory.callerId,
      callerId: memory.callerId,
      facility,
    });
    return speak({ ...memory, promised: true }, [readBack]);
  }
  return speak(memory, memory.said.length > 0 ? [] : [ANYTHING_ELSE]);
}

function planUrgent(memory: AgentMemory): Planned {
  if (!memory.transferred) return { memory, move: { kind: 'transfer_to_staff', reason: memory.intent.urgencyReason ?? 'needs a person now' } };
  if (memory.callKind === 'first_call' || memory.callKind === 'facility_call') return planFirstCall(memory);
  const namesMissing = !memory.details.callerName || !memory.details.deceasedName;
  if (namesMissing && !memory.asked.includes('callerName')) return ask(memory, 'callerName', [URGENT_NAMES]);
  return speak(memory, memory.said.length > 0 ? [] : [URGENT_REASSURE]);
}

/**
 * The agent's next move: the tool work this turn still needs, in order, and then what to say.
 * Urgent calls are handed to a person and never booked.
 */
export function planMove(memory: AgentMemory): Planned {
  // A list the caller asked for goes out even as they say goodbye.
  if (memory.pending.sendList) return { memory, move: { kind: 'send_price_list', channel: memory.pending.sendList } };
  if (memory.ended) return speak(memory, []);
  if (memory.pending.prices) return { memory, move: { kind: 'look_up_prices', question: memory.pending.prices } };
  if (memory.pending.question) return { memory, move: { kind: 'answer_question', question: memory.pending.question } };
  if (memory.callKind === 'not_a_customer' && !memory.booking) return speak({ ...memory, ended: true, said: [] }, [NOT_FOR_US]);
  if (memory.intent.urgent && !(memory.transferred && arranging(memory))) return planUrgent(memory);
  // A price shopper is answered and never asked who they are; they say so if they want more.
  const justAsking = memory.intent.questionOnly || (memory.callKind === 'price_question' && !memory.intent.wantsAppointment);
  if (justAsking && !memory.booking) return speak(memory, memory.said.length > 0 ? [ANYTHING_ELSE] : [memory.listOffered ? NO_NAME_NEEDED : INFORMATION]);
  const { check, hold } = memory.pending;
  if (check) {
    return { memory, move: { kind: 'check_availability', service: memory.service, preference: memory.preference, requestedLocalStart: check.requested } };
  }
  if (hold) return { memory, move: { kind: 'hold_slot', service: memory.service, localStart: hold } };
  if (readyToBook(memory)) return { memory, move: { kind: 'book_appointment', service: memory.hold!.service, localStart: memory.hold!.localStart } };
  const question = nextQuestion(memory);
  const holding = memory.hold ? [heldAsking(memory.hold.localStart, memory.referenceLocal)] : [];
  if (question === 'when') return ask(memory, question, [whenQuestion(memory.service)]);
  if (question === 'deceasedName') return ask(memory, question, [deceasedNameQuestion(memory.details.relationship)]);
  if (question) return ask(memory, question, [...holding, QUESTIONS[question]]);
  if (memory.booking && memory.said.length === 0) return speak(memory, [ANYTHING_ELSE]);
  // A caller who answered with nothing the agent can act on is not met with silence.
  if (memory.said.length === 0 && holding.length === 0 && memory.offered.length > 0) return speak(memory, [OFFERS_STAND]);
  return speak(memory, holding);
}
