import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { callerDetailsSchema, type CallerDetails } from '../../domain/extraction/caller-details.js';
import type { CallTurn } from '../../domain/extraction/call-turn.js';
import { toE164 } from '../../domain/extraction/phone.js';
import {
  CALLER_DETAILS_INSTRUCTIONS,
  modelCallerDetailsSchema,
  renderCallerDetailsRequest,
  type ModelCallerDetails,
} from './caller-details-prompt.js';
import { asReplyError, OpenAiReplyError } from './openai-errors.js';

export { isPermanentOpenAiError, OpenAiReplyError } from './openai-errors.js';

export type OpenAiCallerDetailsOptions = { apiKey: string; baseURL?: string; model: string; timeoutMs?: number };
export type CallerDetailsExtractor = (
  turns: readonly CallTurn[],
  extraction: { callerId: string | null },
) => Promise<CallerDetails>;

// A caller is waiting on the line; the SDK's ten-minute default would outlast the call.
const DEFAULT_TIMEOUT_MS = 20_000;
const RESPONSE_FORMAT = zodResponseFormat(modelCallerDetailsSchema, 'caller_details');

function blankToNull(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * The model's words as stored values. When the reply has no usable phone the caller ID stands in,
 * as in the offline extractor, so that both extractors mean the same by `phone`.
 */
function toCallerDetails(reply: ModelCallerDetails, callerId: string | null): CallerDetails {
  const phone = blankToNull(reply.phone);
  const details = {
    callerName: blankToNull(reply.callerName),
    phone: (phone === null ? null : toE164(phone, 'US')) ?? callerId,
    email: blankToNull(reply.email)?.toLowerCase() ?? null,
    deceasedName: blankToNull(reply.deceasedName),
    relationship: reply.relationship,
    serviceType: reply.serviceType,
  };
  const checked = callerDetailsSchema.safeParse(details);
  if (!checked.success) throw new OpenAiReplyError(`OpenAI reply is not valid caller details: ${checked.error.message}`);
  return checked.data;
}

/**
 * Caller details read by an OpenAI model with strict structured output. Errors are left for
 * Temporal to retry or not: see `isPermanentOpenAiError`.
 */
export function createOpenAiCallerDetailsExtractor(options: OpenAiCallerDetailsOptions): CallerDetailsExtractor {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? 'https://api.openai.com/v1',
    // Configuration comes from our validated config only, never from the SDK reading the environment.
    organization: null,
    project: null,
    webhookSecret: null,
    adminAPIKey: null,
    // Request logging would write callers' personal details to the logs.
    logLevel: 'off',
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // Temporal retries the activity with its own backoff and limits, and sees every attempt.
    maxRetries: 0,
  });

  return async (turns, extraction) => {
    const callerId = extraction.callerId === null ? null : toE164(extraction.callerId, 'US');
    const completion = await client.chat.completions
      .parse({
        model: options.model,
        messages: [
          { role: 'system', content: CALLER_DETAILS_INSTRUCTIONS },
          { role: 'user', content: renderCallerDetailsRequest(turns, callerId) },
        ],
        response_format: RESPONSE_FORMAT,
      })
      .catch((error: unknown) => {
        throw asReplyError(error);
      });
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new OpenAiReplyError(`OpenAI refused to read the call: ${message.refusal}`);
    if (!message?.parsed) throw new OpenAiReplyError('OpenAI reply carries no caller details');
    return toCallerDetails(message.parsed, callerId);
  };
}
