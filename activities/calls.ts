import type { Database } from '../db/database.js';
import { completeCallRecord, openCallRecord } from '../db/queries/calls.js';
import type { CallOutcome } from '../domain/call/call-outcome.js';
import type { CallTurn } from '../domain/extraction/call-turn.js';
import type { CallerDetails } from '../domain/extraction/caller-details.js';

export function createCallActivities(deps: { db: Database }) {
  return {
    /** The call's row, created once per workflow; staff see the call from its first second. */
    async openCall(input: { tenantId: string; callSid: string; workflowId: string; fromPhone: string | null; startedAt: string }) {
      const call = await openCallRecord(deps.db, input);
      return { callId: call.id };
    },

    /** Stores the transcript, what was understood and the outcome; repeating it changes nothing. */
    async completeCall(input: {
      tenantId: string;
      workflowId: string;
      outcome: CallOutcome;
      urgent: boolean;
      urgencyReason: string | null;
      contactId: string | null;
      turns: CallTurn[];
      details: CallerDetails;
      endedAt: string;
    }): Promise<void> {
      await completeCallRecord(deps.db, {
        tenantId: input.tenantId,
        workflowId: input.workflowId,
        outcome: input.outcome,
        urgent: input.urgent,
        urgencyReason: input.urgencyReason,
        contactId: input.contactId,
        transcript: input.turns,
        extracted: input.details,
        endedAt: input.endedAt,
      });
    },
  };
}
