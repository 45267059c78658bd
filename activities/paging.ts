import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { findCallRecord } from '../db/queries/calls.js';
import { findContact } from '../db/queries/contacts.js';
import { listRota } from '../db/queries/on-call-rota.js';
import { findPage, insertPageLink, markPageAcknowledged, markPageCalledBack, markPageUnanswered, moveCallbackDue, recordPageStep, type PageStepKind } from '../db/queries/pages.js';
import { enqueueSms } from '../db/queries/sms-outbox.js';
import { getPagingSettings, getTenant } from '../db/queries/tenants.js';
import { splitLocalDateTime } from '../domain/dates/clock.js';
import { instantToLocal } from '../domain/dates/zoned-time.js';
import { AppError } from '../domain/app-error.js';
import { onCallChain, rotaMoment, type OnCallPerson } from '../domain/paging/on-call-rota.js';
import { callbackMissedText, pageText, takenText, type PageFacts } from '../domain/paging/page-texts.js';
import { spokenClock } from '../domain/scheduling/spoken-clock.js';

export type PagePlan = { chain: OnCallPerson[]; acknowledgeMinutes: number; callbackMinutes: number; callbackDueAt: string };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createPagingActivities(deps: { db: Database; webOrigin: string }) {
  const { db } = deps;

  /** What the texts say, read from the call as it stands: a later text carries what was said since. */
  async function factsOf(tenantId: string, pageId: string, callbackDueAt?: string): Promise<PageFacts> {
    const page = await findPage(db, { tenantId, id: pageId });
    if (!page) throw new AppError('not_found', `page ${pageId} not found`);
    const tenant = await getTenant(db, tenantId);
    const call = await findCallRecord(db, { tenantId, id: page.callId });
    const contact = call?.contactId ? await findContact(db, { tenantId, id: call.contactId }) : null;
    const due = splitLocalDateTime(instantToLocal(callbackDueAt ?? page.callbackDueAt.toISOString(), tenant.settings.timeZone));
    return {
      organizationName: tenant.name,
      kind: call?.kind ?? null,
      callerName: contact?.name ?? null,
      relationship: contact?.relationship ?? null,
      callbackPhone: contact?.phone ?? call?.fromPhone ?? null,
      deceasedName: contact?.deceasedName ?? null,
      sheet: call?.firstCall ?? null,
      callbackBy: spokenClock(due.minute),
    };
  }

  /** Queues one text to one person with their own link, once per key: the link and text share a transaction. */
  async function textWithLink(input: { tenantId: string; pageId: string; position: number; person: OnCallPerson; key: string; body: (link: string) => string; at: string; step: PageStepKind; detail: string }) {
    const token = randomBytes(24).toString('base64url');
    const link = `${deps.webOrigin.replace(/\/$/, '')}/page/${token}`;
    await db.transaction().execute(async (tx) => {
      const fresh = await insertPageLink(tx, { tenantId: input.tenantId, pageId: input.pageId, position: input.position, personName: input.person.name, personPhone: input.person.phone, tokenHash: hashToken(token) });
      // A retry after the first attempt committed finds its link, and with it its text: nothing more to send.
      if (!fresh) return;
      await enqueueSms(tx, { tenantId: input.tenantId, toPhone: input.person.phone, body: input.body(link), purpose: 'page', idempotencyKey: input.key });
      await recordPageStep(tx, { tenantId: input.tenantId, pageId: input.pageId, key: input.key, kind: input.step, personName: input.person.name, personPhone: input.person.phone, detail: input.detail, at: input.at });
    });
  }

  return {
    /** Whom to page, in order, for the organization's rota at this moment, and how long each gets. */
    async planPage(input: { tenantId: string; pageId: string; at: string }): Promise<PagePlan> {
      const tenant = await getTenant(db, input.tenantId);
      const page = await findPage(db, { tenantId: input.tenantId, id: input.pageId });
      if (!page) throw new AppError('not_found', `page ${input.pageId} not found`);
      const { weekday, minute } = rotaMoment(instantToLocal(input.at, tenant.settings.timeZone));
      const chain = onCallChain(await listRota(db, { tenantId: input.tenantId }), weekday, minute);
      const settings = await getPagingSettings(db, input.tenantId);
      if (chain.length === 0) {
        await recordPageStep(db, { tenantId: input.tenantId, pageId: input.pageId, key: 'nobody-on-call', kind: 'nobody_on_call', detail: 'No one is on the on-call rota: the urgent call-back task is all there is.', at: input.at });
      }
      return { chain, acknowledgeMinutes: settings.acknowledgeMinutes, callbackMinutes: settings.callbackMinutes, callbackDueAt: page.callbackDueAt.toISOString() };
    },

    /** Pages one person: the first-call sheet, the promise made to the family, and their own link. */
    async textPage(input: { tenantId: string; pageId: string; position: number; person: OnCallPerson; at: string }): Promise<void> {
      const facts = await factsOf(input.tenantId, input.pageId);
      await textWithLink({
        ...input,
        key: `page:${input.pageId}:${input.position}`,
        body: (link) => pageText(facts, link),
        step: 'texted',
        detail: input.position === 0 ? 'Paged' : 'No answer in time: paged the next person',
      });
    },

    /** Tells someone paged earlier that the page is taken, so nobody else drives out. */
    async textPageTaken(input: { tenantId: string; pageId: string; owner: OnCallPerson; person: OnCallPerson; at: string }): Promise<void> {
      const facts = await factsOf(input.tenantId, input.pageId);
      const key = `taken:${input.pageId}:${input.person.phone}`;
      await db.transaction().execute(async (tx) => {
        await enqueueSms(tx, { tenantId: input.tenantId, toPhone: input.person.phone, body: takenText(facts, input.owner.name), purpose: 'page', idempotencyKey: key });
        await recordPageStep(tx, { tenantId: input.tenantId, pageId: input.pageId, key, kind: 'told_taken', personName: input.person.name, personPhone: input.person.phone, at: input.at });
      });
    },

    async recordPageAcknowledged(input: { tenantId: string; pageId: string; owner: OnCallPerson; by: 'link' | 'reply'; at: string }): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await markPageAcknowledged(tx, { tenantId: input.tenantId, pageId: input.pageId, name: input.owner.name, phone: input.owner.phone, at: input.at });
        await recordPageStep(tx, { tenantId: input.tenantId, pageId: input.pageId, key: 'acknowledged', kind: 'acknowledged', personName: input.owner.name, personPhone: input.owner.phone, detail: input.by === 'reply' ? 'Replied to the text' : 'Took it from the link', at: input.at });
      });
    },

    async recordPageUnanswered(input: { tenantId: string; pageId: string; at: string }): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await markPageUnanswered(tx, { tenantId: input.tenantId, pageId: input.pageId });
        await recordPageStep(tx, { tenantId: input.tenantId, pageId: input.pageId, key: 'unanswered', kind: 'unanswered', detail: 'Nobody on the rota answered; the urgent call-back task stays open', at: input.at });
      });
    },

    /**
     * The family's promised call back is late: the page's owner and the next person on the rota are
     * texted, and the promise is measured again from now.
     */
    async textCallbackMissed(input: { tenantId: string; pageId: string; round: number; people: OnCallPerson[]; nextDueAt: string; at: string }): Promise<void> {
      const facts = await factsOf(input.tenantId, input.pageId);
      for (const [index, person] of input.people.entries()) {
        await textWithLink({
          tenantId: input.tenantId,
          pageId: input.pageId,
          // Links of the first pass take positions 0–999; each missed round has its own range.
          position: 1000 * input.round + index,
          person,
          key: `overdue:${input.pageId}:${input.round}:${person.phone}`,
          body: (link) => callbackMissedText(facts, link),
          step: 'callback_missed',
          detail: 'The promised call back is late',
          at: input.at,
        });
      }
      await moveCallbackDue(db, { tenantId: input.tenantId, pageId: input.pageId, callbackDueAt: input.nextDueAt });
    },

    async recordCalledBack(input: { tenantId: string; pageId: string; by: string; at: string }): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await markPageCalledBack(tx, { tenantId: input.tenantId, pageId: input.pageId, by: input.by, at: input.at });
        await recordPageStep(tx, { tenantId: input.tenantId, pageId: input.pageId, key: 'called-back', kind: 'called_back', personName: input.by, at: input.at });
      });
    },
  };
}
