import { Context } from '@temporalio/activity';
import type { Logger } from '../config/logger.js';
import type { Database } from '../db/database.js';
import { getTenant } from '../db/queries/tenants.js';
import { detectCallIntent as detectIntent, type CallIntent } from '../domain/extraction/call-intent.js';
import type { CallTurn } from '../domain/extraction/call-turn.js';
import type { CallerDetails } from '../domain/extraction/caller-details.js';
import { extractCallerDetails as extractOffline } from '../domain/extraction/extract-caller-details.js';
import type { CallerDetailsExtractor } from './extraction/openai-caller-details.js';

// After this many failed attempts at the language model the caller is not kept waiting any longer.
const MODEL_ATTEMPTS = 3;

export function createExtractionActivities(deps: {
  db: Database;
  modelExtractor: CallerDetailsExtractor | null;
  isPermanentModelError: (error: unknown) => boolean;
  logger: Logger;
}) {
  return {
    /**
     * Who is calling and for whom, from the whole transcript so far. With a language model
     * configured it reads the call; when the model refuses or keeps failing, the offline extractor
     * answers instead, so a call never stalls on a vendor.
     */
    async extractCallerDetails(input: { turns: CallTurn[]; callerId: string | null; tenantId?: string }): Promise<CallerDetails> {
      // Calls started before the organization was passed read numbers as American, as they did then.
      const defaultCountry = input.tenantId ? (await getTenant(deps.db, input.tenantId)).settings.country : 'US';
      const offline = () => extractOffline(input.turns, { callerId: input.callerId, defaultCountry });
      if (!deps.modelExtractor) return offline();
      try {
        return await deps.modelExtractor(input.turns, { callerId: input.callerId });
      } catch (error) {
        const attempt = Context.current().info.attempt;
        if (!deps.isPermanentModelError(error) && attempt < MODEL_ATTEMPTS) throw error;
        deps.logger.warn({ err: error, attempt }, 'language model extraction failed; using the offline extractor');
        return offline();
      }
    },

    /** Whether the caller wants an appointment, needs a person now, or only has a question. */
    async detectCallIntent(input: { turns: CallTurn[] }): Promise<CallIntent> {
      return detectIntent(input.turns);
    },
  };
}
