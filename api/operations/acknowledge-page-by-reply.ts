import type { Client } from '@temporalio/client';
import { isAppError } from '../../domain/app-error.js';
import type { OnCallPerson } from '../../domain/paging/on-call-rota.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findCallRecord } from '../../db/queries/calls.js';
import { findOpenPageLinkForPhone, findPage } from '../../db/queries/pages.js';
import { pageWorkflowId } from '../../workflows/paging-messages.js';
import { acknowledgePage } from './page-workflow.js';

const ACCEPTS = /^(y|ya|yes|yeah|yep|yup|ok|okay|k|kk|sure|got it|on it|on my way|omw|coming|taking it|i'?ll take it|i will take it|i'?ve got it|i have got it|i got it|i have it|i'?m on it|i am on it)\b/;
const REFUSES = /\b(no|nope|not|can'?t|cannot|won'?t|unable|stop)\b/;
/** "No problem" says yes. */
const AGREEING_NO = /\bno (problem|prob|worries)\b/g;
const THUMBS_UP = /^\u{1F44D}+$/u;
const SKIN_TONES = /[\u{1F3FB}-\u{1F3FF}]/gu;

/**
 * Whether a text back to a page takes it: "YES", "yes I've got it", "ok", "on it". Anything with a
 * no in it ("not tonight", "can't, sorry", "ok but I can't") does not: a page wrongly taken leaves
 * a family waiting for someone who is not coming, a page not taken only goes to the next person.
 */
export function isAcceptance(body: string): boolean {
  const text = body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(SKIN_TONES, '')
    .replace(/[^\p{L}\p{N}'\s\u{1F44D}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (THUMBS_UP.test(text)) return true;
  return ACCEPTS.test(text) && !REFUSES.test(text.replace(AGREEING_NO, ''));
}

export type ReplyOutcome =
  | { acknowledged: true; pageId: string; owner: OnCallPerson; yours: boolean }
  | { acknowledged: false; reason: 'not_an_acceptance' | 'no_open_page' }
  | { acknowledged: false; reason: 'refused'; message: string };

/**
 * An inbound text from someone paged: an acceptance takes the newest open page that texted their
 * number, as the link would; anything else is left for a person to read. For the inbound-SMS
 * webhook, which gives the sender in E.164 as the rota stores it.
 */
export async function acknowledgePageByReply(input: { db: Database; temporal: Client; tenantId: string; fromPhone: string; body: string }): Promise<ReplyOutcome> {
  if (!isAcceptance(input.body)) return { acknowledged: false, reason: 'not_an_acceptance' };
  const { tenantId } = input;
  const found = await withOrganization(input.db, tenantId, async (tx) => {
    const link = await findOpenPageLinkForPhone(tx, { tenantId, phone: input.fromPhone });
    const page = link && (await findPage(tx, { tenantId, id: link.pageId }));
    const call = page && (await findCallRecord(tx, { tenantId, id: page.callId }));
    return link && page && call ? { link, callWorkflowId: call.workflowId } : null;
  });
  if (!found) return { acknowledged: false, reason: 'no_open_page' };
  try {
    const answer = await acknowledgePage(input.temporal, pageWorkflowId(found.callWorkflowId), { phone: found.link.personPhone, by: 'reply' });
    return { acknowledged: true, pageId: found.link.pageId, owner: answer.owner, yours: answer.yours };
  } catch (error) {
    // The page closed between the read and the reply, or this number was only told it was late.
    if (isAppError(error) && error.code === 'conflict') return { acknowledged: false, reason: 'refused', message: error.message };
    throw error;
  }
}
