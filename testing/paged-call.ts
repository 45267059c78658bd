import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Database } from '../db/database.js';
import { openCallRecord, recordCallKind } from '../db/queries/calls.js';
import { insertContact } from '../db/queries/contacts.js';
import { insertRotaEntry } from '../db/queries/on-call-rota.js';
import { openPageRecord } from '../db/queries/pages.js';
import { EMPTY_FIRST_CALL_SHEET, type FirstCallSheet } from '../domain/first-call/first-call-sheet.js';
import { pageWorkflowId } from '../workflows/paging-messages.js';
import type { PagingWorkflow } from '../workflows/paging-workflow.js';

/** Who is on call, all week, in the order pages go. */
export const ROTA = [
  { name: 'Ana Ruiz', phone: '+15550100001', role: 'primary' },
  { name: 'James Okafor', phone: '+15550100002', role: 'backup' },
] as const;

export const SHEET: FirstCallSheet = {
  ...EMPTY_FIRST_CALL_SHEET,
  locationType: 'residence',
  location: '14 Orchard Lane',
  underHospice: true,
  hospiceName: 'Evergreen Hospice',
  released: true,
  timeOfDeath: 'about an hour ago',
  deceasedAge: 82,
  removalNotes: 'Narrow stairs; the family is at the house.',
};

export type PagedCall = { callId: string; callWorkflowId: string; pageId: string; callbackDueAt: Date };

/**
 * A first call as the call workflow leaves it when it pages: the caller's contact, the call's kind
 * and sheet, the page opened, and the real PagingWorkflow running on the harness's worker. The
 * organization gets the two-person rota above.
 */
export async function startPagedFirstCall(harness: { db: Database; temporal: Client; taskQueue: string }, tenantId: string): Promise<PagedCall> {
  const { db } = harness;
  for (const [position, person] of ROTA.entries()) {
    await insertRotaEntry(db, { tenantId, entry: { ...person, weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '24:00' }, position });
  }
  const contact = await insertContact(db, {
    tenantId,
    fields: { name: 'Steven Park', phone: '+14155550123', email: null, deceasedName: 'Linda Park', relationship: 'spouse', serviceType: null },
    sources: {},
  });
  const callSid = `CApage${randomBytes(6).toString('hex')}`;
  const callWorkflowId = `call-${callSid}`;
  const call = await openCallRecord(db, { tenantId, callSid, workflowId: callWorkflowId, fromPhone: '+14155550123', startedAt: new Date().toISOString() });
  await db.updateTable('calls').set({ contact_id: contact.id, urgent: true, urgency_reason: 'death just occurred' }).where('id', '=', call.id).execute();
  await recordCallKind(db, { tenantId, workflowId: callWorkflowId, kind: 'first_call', firstCall: SHEET });
  const callbackDueAt = new Date(Date.now() + 30 * 60_000);
  const page = await openPageRecord(db, { tenantId, callId: call.id, workflowId: pageWorkflowId(callWorkflowId), callbackDueAt: callbackDueAt.toISOString() });
  await harness.temporal.workflow.start<typeof PagingWorkflow>('PagingWorkflow', {
    workflowId: pageWorkflowId(callWorkflowId),
    taskQueue: harness.taskQueue,
    args: [{ tenantId, pageId: page.id, callId: call.id, callWorkflowId }],
  });
  return { callId: call.id, callWorkflowId, pageId: page.id, callbackDueAt };
}

/** The token of the page link texted to this number, once the text is queued. */
export async function pageLinkTokenTexted(db: Database, tenantId: string, toPhone: string, timeoutMs = 20_000): Promise<string> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const texts = await db.selectFrom('sms_outbox').select('body').where('tenant_id', '=', tenantId).where('to_phone', '=', toPhone).where('purpose', '=', 'page').orderBy('created_at').execute();
    const token = texts.map((text) => /\/page\/([A-Za-z0-9_-]+)/.exec(text.body)?.[1]).find(Boolean);
    if (token) return token;
  }
  throw new Error(`no page link texted to ${toPhone}`);
}

/** The page's stored status, for polling until the workflow's activity has written it. */
export async function pageStatus(db: Database, pageId: string): Promise<string> {
  return (await db.selectFrom('pages').select('status').where('id', '=', pageId).executeTakeFirstOrThrow()).status;
}
