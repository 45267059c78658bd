import type { Client } from '@temporalio/client';
import { AppError } from '../../domain/app-error.js';
import type { Relationship } from '../../domain/extraction/caller-details.js';
import type { CallKind } from '../../domain/first-call/call-kind.js';
import type { FirstCallSheet } from '../../domain/first-call/first-call-sheet.js';
import type { OnCallPerson } from '../../domain/paging/on-call-rota.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findCallRecord, type CallRecord } from '../../db/queries/calls.js';
import { findContact, type Contact } from '../../db/queries/contacts.js';
import { findPage, findPageLink, type PageLink, type PageRecord, type PageStatus } from '../../db/queries/pages.js';
import { getTenant, type Tenant } from '../../db/queries/tenants.js';
import { pageWorkflowId } from '../../workflows/paging-messages.js';
import { acknowledgePage, livePageState, PAGE_CLOSED, signalCalledBack } from './page-workflow.js';
import { linkTokenHash } from './session-token.js';

/**
 * Links sent because a promised call back is late take positions from 1000 up (see
 * activities/paging.ts); they ask for the call back, not for someone to take the page.
 */
const FIRST_LATE_POSITION = 1000;

const UNKNOWN_LINK = 'This page link is not one we sent. Check that you opened all of it from the text, or phone the office.';

type Deps = { db: Database; temporal: Client };

export type PageLinkView = {
  organization: { name: string; timeZone: string };
  kind: CallKind | null;
  firstCall: FirstCallSheet | null;
  caller: { name: string | null; phone: string | null; relationship: Relationship | null };
  deceasedName: string | null;
  callbackDueAt: Date;
  status: PageStatus;
  owner: { name: string; phone: string } | null;
  sentTo: { name: string };
  /** The person this link was sent to owns the page. */
  yours: boolean;
  /** The link came with a text saying the promised call back is late. */
  callBackLate: boolean;
};

type Opened = { link: PageLink; page: PageRecord; call: CallRecord; tenant: Tenant; contact: Contact | null };

function closedMessage(page: PageRecord): string {
  return `The family has been called back${page.calledBackBy ? ` (logged by ${page.calledBackBy})` : ''}. This page is closed; nothing more is needed from you.`;
}

/** The link's page and call, within its organization; a page whose family was called back is closed. */
async function openLink(db: Database, token: string): Promise<Opened> {
  // The token is the only credential: the organization is known once the link is found.
  const link = await findPageLink(db, { tokenHash: linkTokenHash(token) });
  if (!link) throw new AppError('not_found', UNKNOWN_LINK);
  return withOrganization(db, link.tenantId, async (tx) => {
    const page = await findPage(tx, { tenantId: link.tenantId, id: link.pageId });
    const call = page && (await findCallRecord(tx, { tenantId: link.tenantId, id: page.callId }));
    if (!page || !call) throw new AppError('not_found', UNKNOWN_LINK);
    if (page.status === 'called_back') throw new AppError('conflict', closedMessage(page));
    const tenant = await getTenant(tx, link.tenantId);
    const contact = call.contactId ? await findContact(tx, { tenantId: link.tenantId, id: call.contactId }) : null;
    return { link, page, call, tenant, contact };
  });
}

/** What the director opening the link reads: the sheet, whom to call and by when, and who has it. */
export async function openPageLink(deps: Deps, token: string): Promise<PageLinkView> {
  const { link, page, call, tenant, contact } = await openLink(deps.db, token);
  let status = page.status;
  let owner = page.ownerName && page.ownerPhone ? { name: page.ownerName, phone: page.ownerPhone } : null;
  if (status === 'paging' || status === 'unanswered') {
    const live = await livePageState(deps.temporal, pageWorkflowId(call.workflowId));
    if (live?.calledBack) throw new AppError('conflict', closedMessage(page));
    if (live?.owner) {
      status = 'acknowledged';
      owner = { name: live.owner.name, phone: live.owner.phone };
    }
  }
  return {
    organization: { name: tenant.name, timeZone: tenant.settings.timeZone },
    kind: call.kind,
    firstCall: call.firstCall,
    caller: { name: contact?.name ?? null, phone: contact?.phone ?? call.fromPhone, relationship: contact?.relationship ?? null },
    deceasedName: contact?.deceasedName ?? null,
    callbackDueAt: page.callbackDueAt,
    status,
    owner,
    sentTo: { name: link.personName },
    yours: owner !== null && owner.phone === link.personPhone,
    callBackLate: link.position >= FIRST_LATE_POSITION,
  };
}

/** Takes the page for the person this link was sent to; whoever comes second is told who has it. */
export async function acknowledgePageLink(deps: Deps, token: string): Promise<{ owner: OnCallPerson; yours: boolean }> {
  const { link, call } = await openLink(deps.db, token);
  return acknowledgePage(deps.temporal, pageWorkflowId(call.workflowId), { position: link.position, by: 'link' });
}

/** The person this link was sent to has called the family back. */
export async function logCalledBackFromLink(deps: Deps, token: string): Promise<void> {
  const { link, call } = await openLink(deps.db, token);
  if (!(await signalCalledBack(deps.temporal, pageWorkflowId(call.workflowId), link.personName))) throw new AppError('conflict', PAGE_CLOSED);
}
