import type { Client } from '@temporalio/client';
import type { Logger } from '../../config/logger.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { recordInteraction } from '../../db/queries/contact-interactions.js';
import { getTenant } from '../../db/queries/tenants.js';
import { findContactIdByPhone, findOrganizationOfNumber, inboundSmsSeen, isOptedOut, recordInboundSms, setOptedOut, type InboundOutcome } from '../../db/queries/texts-in.js';
import { keywordReply, smsKeyword } from '../../domain/texts/sms-keywords.js';
import { acknowledgePageByReply, type ReplyOutcome } from './acknowledge-page-by-reply.js';

export type IncomingText = { messageSid: string; from: string; to: string; body: string };
export type TextHandled = { outcome: InboundOutcome | 'unknown_number' | 'duplicate'; reply: string | null };

function pageReply(outcome: Extract<ReplyOutcome, { acknowledged: true }>): string {
  return outcome.yours ? 'Thank you, the page is yours. The family is waiting for your call; the link in the page has their number.' : `${outcome.owner.name} has already taken this page.`;
}

/**
 * A text to one of an organization's numbers: STOP, START and HELP as carriers require; a reply
 * that takes a page the sender was texted; anything else kept on the sender's contact for staff.
 * Twilio delivers a text again when it is unsure we got it; each message sid is handled once.
 */
export async function receiveText(deps: { db: Database; temporal: Client; logger: Logger }, text: IncomingText): Promise<TextHandled> {
  const tenantId = await findOrganizationOfNumber(deps.db, text.to);
  if (!tenantId) return { outcome: 'unknown_number', reply: null };
  const { db } = deps;
  const before = await withOrganization(db, tenantId, async (tx) => ({
    seen: await inboundSmsSeen(tx, { tenantId, messageSid: text.messageSid }),
    optedOut: await isOptedOut(tx, { tenantId, phone: text.from }),
    organizationName: (await getTenant(tx, tenantId)).name,
  }));
  if (before.seen) return { outcome: 'duplicate', reply: null };

  const keyword = smsKeyword(text.body, before.optedOut);
  const handled: { outcome: InboundOutcome; reply: string | null } = keyword
    ? { outcome: keyword === 'stop' ? 'opted_out' : keyword === 'start' ? 'opted_in' : 'help', reply: keywordReply(keyword, before.organizationName) }
    : await pageOrMessage(deps, tenantId, text);

  const kept = await withOrganization(db, tenantId, async (tx) => {
    if (keyword === 'stop' || keyword === 'start') await setOptedOut(tx, { tenantId, phone: text.from, optedOut: keyword === 'stop' });
    const contactId = await findContactIdByPhone(tx, { tenantId, phone: text.from });
    const outcome = handled.outcome === 'logged' && contactId === null ? 'unknown_sender' : handled.outcome;
    if (!(await recordInboundSms(tx, { tenantId, ...text, outcome, contactId }))) return null;
    if (contactId && outcome === 'logged') {
      await recordInteraction(tx, {
        tenantId,
        contactId,
        callId: null,
        kind: 'sms',
        summary: `Text from ${text.from}: ${text.body}`,
        transcript: [],
        idempotencyKey: `sms-in:${text.messageSid}`,
        occurredAt: new Date().toISOString(),
      });
    }
    return outcome;
  });
  if (kept === null) return { outcome: 'duplicate', reply: null };
  deps.logger.info({ tenantId, messageSid: text.messageSid, outcome: kept }, 'text received');
  return { outcome: kept, reply: handled.reply };
}

async function pageOrMessage(deps: { db: Database; temporal: Client }, tenantId: string, text: IncomingText): Promise<{ outcome: InboundOutcome; reply: string | null }> {
  const page = await acknowledgePageByReply({ db: deps.db, temporal: deps.temporal, tenantId, fromPhone: text.from, body: text.body });
  if (page.acknowledged) return { outcome: 'page_taken', reply: pageReply(page) };
  if (page.reason === 'refused') return { outcome: 'page_refused', reply: page.message };
  // Read by a person: nothing is answered on their behalf.
  return { outcome: 'logged', reply: null };
}
