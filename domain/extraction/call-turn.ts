import { plainSpeech } from '../plain-text.js';

export type CallTurn = { role: 'caller' | 'agent'; text: string };

const MAX_TURN_LENGTH = 4_000;

/**
 * A turn as it arrives from a transcriber (a signal, which cannot be refused): one of the two
 * roles, with text stripped of control characters, which neither Postgres nor a reader wants, its
 * apostrophes straightened, and cut to a length no spoken turn reaches. Anything else is no turn at all.
 */
export function readTurn(raw: unknown): CallTurn | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { role, text } = raw as { role?: unknown; text?: unknown };
  if ((role !== 'caller' && role !== 'agent') || typeof text !== 'string') return null;
  const clean = plainSpeech(text).trim().slice(0, MAX_TURN_LENGTH);
  return clean ? { role, text: clean } : null;
}

/** What an agent line asked for, so that a bare answer ("Margaret O'Brien.") lands in the right field. */
export type NameQuestion = 'callerName' | 'deceasedName';

const DECEASED_NAME_QUESTION =
  /\b(name of (your loved one|the person|the deceased|your (mother|father|husband|wife|brother|sister))|loved one's name|who (has )?passed|who died)\b/i;
const CALLER_NAME_QUESTION = /\b(your name|who (am i|i'm) speaking (with|to)|who's calling|who is calling)\b/i;

export function nameQuestionOf(agentText: string): NameQuestion | null {
  if (DECEASED_NAME_QUESTION.test(agentText)) return 'deceasedName';
  if (CALLER_NAME_QUESTION.test(agentText)) return 'callerName';
  return null;
}

/** Caller turns in order, each with the agent line that came right before it (if any). */
export function callerTurnsWithQuestion(
  turns: readonly CallTurn[],
): Array<{ text: string; question: NameQuestion | null }> {
  const out: Array<{ text: string; question: NameQuestion | null }> = [];
  let previousAgentText: string | null = null;
  for (const turn of turns) {
    if (turn.role === 'agent') {
      previousAgentText = turn.text;
      continue;
    }
    out.push({ text: turn.text, question: previousAgentText === null ? null : nameQuestionOf(previousAgentText) });
    previousAgentText = null;
  }
  return out;
}
