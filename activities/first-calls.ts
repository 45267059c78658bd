import type { Database } from '../db/database.js';
import { recordCallKind } from '../db/queries/calls.js';
import { openPageRecord } from '../db/queries/pages.js';
import { getPagingSettings } from '../db/queries/tenants.js';
import type { CallIntent } from '../domain/extraction/call-intent.js';
import type { CallTurn } from '../domain/extraction/call-turn.js';
import type { Relationship } from '../domain/extraction/caller-details.js';
import type { CallKind } from '../domain/first-call/call-kind.js';
import { classifyCall } from '../domain/first-call/classify-call.js';
import type { FirstCallSheet } from '../domain/first-call/first-call-sheet.js';
import { readFirstCallSheet } from '../domain/first-call/read-first-call-sheet.js';

export type CallReading = { kind: CallKind; sheet: FirstCallSheet };
export type OpenedPage = { pageId: string; callbackDueAt: string; callbackWithinMinutes: number; acknowledgeMinutes: number };

export function createFirstCallActivities(deps: { db: Database }) {
  return {
    /** What kind of call this is and the first-call sheet as the caller's words fill it. */
    async readFirstCall(input: { turns: CallTurn[]; intent: CallIntent; relationship: Relationship | null }): Promise<CallReading> {
      const sheet = readFirstCallSheet(input.turns);
      return { kind: classifyCall({ turns: input.turns, intent: input.intent, relationship: input.relationship, sheet }), sheet };
    },

    /**
     * Opens the call's page once, with the family's callback promise measured from now, and records
     * what the call is so the page's texts can read the sheet.
     */
    async openPage(input: { tenantId: string; workflowId: string; callId: string; kind: CallKind; sheet: FirstCallSheet; now: string }): Promise<OpenedPage> {
      await recordCallKind(deps.db, { tenantId: input.tenantId, workflowId: input.workflowId, kind: input.kind, firstCall: input.sheet });
      const settings = await getPagingSettings(deps.db, input.tenantId);
      const due = new Date(Date.parse(input.now) + settings.callbackMinutes * 60_000).toISOString();
      const page = await openPageRecord(deps.db, { tenantId: input.tenantId, callId: input.callId, workflowId: `page-${input.workflowId}`, callbackDueAt: due });
      return {
        pageId: page.id,
        callbackDueAt: page.callbackDueAt.toISOString(),
        callbackWithinMinutes: settings.callbackMinutes,
        acknowledgeMinutes: settings.acknowledgeMinutes,
      };
    },
  };
}
