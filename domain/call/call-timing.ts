import { z } from 'zod';

/**
 * How long the caller waited, as measured on a live call: a reply is the voice agent's own figures
 * (from the caller's last word to the agent's first sound, and the part of it the language model and
 * the speech took); a tool is our time from the agent's function call to our answer.
 */
export const callTimingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reply'), at: z.iso.datetime(), totalMs: z.number().int().min(0), thinkMs: z.number().int().min(0), ttsMs: z.number().int().min(0) }),
  z.object({ kind: z.literal('tool'), at: z.iso.datetime(), tool: z.string().min(1).max(64), ms: z.number().int().min(0) }),
]);
export type CallTiming = z.infer<typeof callTimingSchema>;

/** Enough for any real call; a runaway sender cannot grow the call's state without bound. */
export const MAX_TIMINGS_PER_CALL = 1_000;

/** Deepgram reports its latencies in seconds. */
export const secondsToMs = (seconds: number) => Math.max(0, Math.round(seconds * 1000));
