import type { Database } from '../db/database.js';
import { recordInteraction } from '../db/queries/contact-interactions.js';
import type { CallTurn } from '../domain/extraction/call-turn.js';

export function createInteractionActivities(deps: { db: Database }) {
  return {
    /** Puts the call, with its whole transcript, on the contact's timeline. */
    async recordCallInteraction(input: {
      tenantId: string;
      workflowId: string;
      contactId: string;
      callId: string;
      summary: string;
      turns: readonly CallTurn[];
      occurredAt: string;
    }): Promise<void> {
      await recordInteraction(deps.db, {
        tenantId: input.tenantId,
        contactId: input.contactId,
        callId: input.callId,
        kind: 'call',
        summary: input.summary,
        transcript: input.turns,
        idempotencyKey: `call:${input.workflowId}`,
        occurredAt: input.occurredAt,
      });
    },
  };
}
