import type { AgentMemory, SheetQuestion } from './agent-memory.js';

/**
 * The one first-call fact to ask for next, or null: only what the caller has not said, each asked
 * once, so a grieving caller is not kept on the line for what can wait.
 */
export function nextSheetQuestion(memory: AgentMemory): SheetQuestion | null {
  const { details, sheet, sheetAsked } = memory;
  const open = (question: SheetQuestion) => !sheetAsked.includes(question);
  const facility = memory.callKind === 'facility_call';
  const noCallback = !details.phone && !memory.callerId;
  const wanted: Array<[SheetQuestion, boolean]> = facility
    ? [
        ['names', !details.deceasedName],
        ['where', !sheet.location],
        ['released', sheet.released === null],
        ['callback', noCallback],
      ]
    : [
        ['names', !details.callerName || !details.deceasedName],
        ['where', sheet.locationType === null || (sheet.locationType === 'residence' && !sheet.location)],
        ['callback', noCallback],
        ['released', sheet.released === null && sheet.notified === null],
      ];
  return wanted.find(([question, missing]) => missing && open(question))?.[0] ?? null;
}
