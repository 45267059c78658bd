import type { Database } from '../db/database.js';
import { listRota } from '../db/queries/on-call-rota.js';
import { getTenant } from '../db/queries/tenants.js';
import { instantToLocal } from '../domain/dates/zoned-time.js';
import type { CallKind } from '../domain/first-call/call-kind.js';
import type { FirstCallSheet } from '../domain/first-call/first-call-sheet.js';
import { onCallChain, rotaMoment } from '../domain/paging/on-call-rota.js';
import { transferText } from '../domain/paging/page-texts.js';
import type { SmsSender } from './sms/sms-sender.js';
import { isTwilioCallSid, type LiveCallLine } from './telephony/live-call-line.js';

export const PUTTING_THROUGH = "I'm putting you through to a member of our team now. Please stay on the line.";

export type TransferInput = {
  tenantId: string;
  workflowId: string;
  callSid: string;
  reason: string;
  callerName: string | null;
  relationship: string | null;
  callbackPhone: string | null;
  deceasedName: string | null;
  kind: CallKind | null;
  sheet: FirstCallSheet | null;
  at: string;
};

export function createTransferActivities(deps: { db: Database; sms: SmsSender; line: LiveCallLine | null }) {
  return {
    /**
     * Puts a live caller through to the first person on call now: they are texted what the call is
     * about first, then the call rings them. Null when it cannot be done (no telephone line here, a
     * practice call, nobody on call): the call-back task is then all there is. A retry after the
     * redirect went through sends the same redirect again, which rings the same person once more;
     * the text is sent once.
     */
    async transferToOnCall(input: TransferInput): Promise<{ name: string } | null> {
      if (!deps.line || !isTwilioCallSid(input.callSid)) return null;
      const tenant = await getTenant(deps.db, input.tenantId);
      const { weekday, minute } = rotaMoment(instantToLocal(input.at, tenant.settings.timeZone));
      const person = onCallChain(await listRota(deps.db, { tenantId: input.tenantId }), weekday, minute)[0];
      if (!person) return null;
      await deps.sms.send({
        tenantId: input.tenantId,
        to: person.phone,
        body: transferText({ organizationName: tenant.name, ...input }, input.reason),
        purpose: 'page',
        idempotencyKey: `transfer:${input.workflowId}`,
      });
      await deps.line.dial({ callSid: input.callSid, to: person.phone, sayFirst: PUTTING_THROUGH });
      return { name: person.name };
    },
  };
}
