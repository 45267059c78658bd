import type { AgentMemory, Question } from './agent-memory.js';

/** Whether the call is about someone who died, as opposed to planning one's own arrangements. */
function aboutSomeoneElse(memory: AgentMemory): boolean {
  return memory.details.relationship !== null && memory.details.relationship !== 'self';
}

/**
 * The one thing to ask next on an arrangement call, or null. Each question is asked once: a caller
 * who does not answer is not pressed, except for a time, without which nothing can be booked.
 */
export function nextQuestion(memory: AgentMemory): Question | null {
  const { details, asked } = memory;
  const open = (question: Question) => !asked.includes(question);
  if (memory.booking) return null;
  if (!details.callerName && open('callerName')) return 'callerName';
  if (aboutSomeoneElse(memory) && !details.deceasedName && open('deceasedName')) return 'deceasedName';
  if (!details.serviceType && open('service')) return 'service';
  if (memory.hold && !details.phone) return open('phone') ? 'phone' : null;
  const noTime = memory.preference.days.length === 0 && memory.preference.exact === null && !memory.preference.soonest;
  if (noTime && memory.offered.length === 0 && !memory.hold) return 'when';
  return null;
}
