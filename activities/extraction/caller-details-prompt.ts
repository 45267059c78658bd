import { z } from 'zod';
import { CALLER_SERVICE_TYPES, RELATIONSHIPS } from '../../domain/extraction/caller-details.js';
import type { CallTurn } from '../../domain/extraction/call-turn.js';

/**
 * What the model must answer. Looser than `callerDetailsSchema` on purpose: strict structured
 * output rejects keywords such as `minLength`, and the phone and email are normalised after the
 * reply, so only the enums are held to their final values here. Every field is required and
 * nullable because strict mode allows no optional properties.
 */
export const modelCallerDetailsSchema = z
  .object({
    callerName: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    deceasedName: z.string().nullable(),
    relationship: z.enum(RELATIONSHIPS).nullable(),
    serviceType: z.enum(CALLER_SERVICE_TYPES).nullable(),
  })
  .strict();
export type ModelCallerDetails = z.infer<typeof modelCallerDetailsSchema>;

export const CALLER_DETAILS_INSTRUCTIONS = `You read the transcript of a phone call to a funeral home and record what the caller told the agent.
Fields:
- callerName: the caller's own name.
- phone: the callback number the caller gave. If the caller says to use "this number" or the number they are calling from, answer the caller ID.
- email: the caller's email address, written as an address ("jane at example dot com" is jane@example.com).
- deceasedName: the name of the person who died; null when the caller plans their own arrangements.
- relationship: the CALLER's relation to the deceased, not the other way round ("my mother passed" means child): spouse, child, parent, sibling, grandchild, other_family (any other relative), friend, self (the caller is planning their own arrangements), professional (nurse, hospice, care home or other staff calling for a family).
- serviceType: the service the caller wants: burial, cremation, memorial, viewing, or consultation.
Later statements correct earlier ones. Record only what the caller said or confirmed; never guess or invent a value. Use null for anything not said.`;

// One line per turn: a line break inside a turn could otherwise pass for a turn of its own.
function line(turn: CallTurn): string {
  return `${turn.role === 'caller' ? 'Caller' : 'Agent'}: ${turn.text.replace(/\s+/g, ' ').trim()}`;
}

export function renderCallerDetailsRequest(turns: readonly CallTurn[], callerId: string | null): string {
  return [`Caller ID: ${callerId ?? 'unknown'}`, '', 'Transcript:', ...turns.map(line)].join('\n');
}
