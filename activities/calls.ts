import type { Database } from '../db/database.js';
import { completeCallRecord, openCallRecord } from '../db/queries/calls.js';

export function createCallActivities(deps: { db: Database }) {
  return {
    /** The call's row, created once per workflow; staff see the call from its first second. */
    async openCall(input: { tenantId: string; callSid: string; workflowId: string; fromPhone: string | null; startedAt: string }) {
      const call = await openCallRecord(deps.db, input);
      return { callId: call.id };
    },

    /** Stores the transcript, what was understood and the outcome; repeating it changes nothing. */
    async completeCall(input: Parameters<typeof completeCallRecord>[1]): Promise<void> {
      await completeCallRecord(deps.db, input);
    },
  };
}
