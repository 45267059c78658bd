import type { Database } from '../db/database.js';
import { recordUsage } from '../db/queries/usage-records.js';

export function createUsageActivities(deps: { db: Database }) {
  return {
    /** Bills one call and the words spoken on it, once per call whatever the retries. */
    async recordCallUsage(input: { tenantId: string; workflowId: string; words: number; occurredAt: string }): Promise<void> {
      const base = { tenantId: input.tenantId, occurredAt: input.occurredAt };
      await recordUsage(deps.db, { ...base, metric: 'calls', quantity: 1, idempotencyKey: `call:${input.workflowId}` });
      await recordUsage(deps.db, { ...base, metric: 'voice_words', quantity: input.words, idempotencyKey: `voice-words:${input.workflowId}` });
    },
  };
}
