import { condition, log, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { OnCallPerson } from '../domain/paging/on-call-rota.js';
import { acknowledgePageUpdate, calledBackSignal, pageStateQuery, type PageInput, type PageOwner } from './paging-messages.js';

// Nobody waits on the line for these: retried through an outage for about an hour, each attempt
// idempotent by its key, so a crash between steps never loses a page nor sends one twice.
const paging = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 60 },
});

/** How many times the whole rota is paged before the page is left to the urgent call-back task. */
const ROUNDS = 3;
/** How long an unanswered page still accepts an acknowledgement. */
const LATE_ACKNOWLEDGEMENT_MS = 12 * 60 * 60 * 1000;

const nowIso = () => new Date(Date.now()).toISOString();

/**
 * Pages the director on call for one first call until someone owns it, then holds them to the
 * call back the family was promised. Each wait is a durable timer: a page survives any restart.
 */
export async function PagingWorkflow(input: PageInput): Promise<{ owner: OnCallPerson | null; calledBack: boolean }> {
  const { tenantId, pageId } = input;
  const paged: Array<{ position: number; person: OnCallPerson }> = [];
  let owner: { person: OnCallPerson; by: 'link' | 'reply' } | null = null;
  let calledBack: { by: string } | null = null;
  let unanswered = false;

  setHandler(
    acknowledgePageUpdate,
    (ack): PageOwner => {
      const who = paged.find((p) => (ack.position !== undefined ? p.position === ack.position : p.person.phone === ack.phone))!;
      owner ??= { person: who.person, by: ack.by };
      return { owner: owner.person, yours: owner.person.phone === who.person.phone };
    },
    {
      validator: (ack) => {
        const known = paged.some((p) => (ack.position !== undefined ? p.position === ack.position : p.person.phone === ack.phone));
        if (!known) throw new Error('This page was not sent to you.');
      },
    },
  );
  setHandler(calledBackSignal, (signal) => {
    calledBack ??= signal;
  });
  setHandler(pageStateQuery, () => ({ paged, owner: owner?.person ?? null, calledBack: calledBack !== null, unanswered }));

  const plan = await paging.planPage({ tenantId, pageId, at: nowIso() });
  if (plan.chain.length === 0) {
    // Nobody to text: the urgent call-back task is all there is, and logging it still closes the page.
    await paging.recordPageUnanswered({ tenantId, pageId, at: nowIso() });
    unanswered = true;
    if (await condition(() => calledBack !== null, LATE_ACKNOWLEDGEMENT_MS)) await paging.recordCalledBack({ tenantId, pageId, by: calledBack!.by, at: nowIso() });
    return { owner: null, calledBack: calledBack !== null };
  }
  const waitMs = plan.acknowledgeMinutes * 60_000;

  let position = 0;
  paging: for (let round = 0; round < ROUNDS; round++) {
    for (const person of plan.chain) {
      if (owner || calledBack) break paging;
      // Counted as paged before the text goes out: once it is queued its link works, and an
      // acknowledgement can reach the workflow before the activity's result does (in the same
      // workflow task, updates come first; after a crash, by the length of a retry).
      paged.push({ position, person });
      await paging.textPage({ tenantId, pageId, position, person, at: nowIso() });
      position += 1;
      if (await condition(() => owner !== null || calledBack !== null, waitMs)) break paging;
    }
  }
  if (!owner && !calledBack) {
    unanswered = true;
    log.error('nobody on the rota took a first call', { alert: 'page_unanswered', pageId, callWorkflowId: input.callWorkflowId });
    await paging.recordPageUnanswered({ tenantId, pageId, at: nowIso() });
    await condition(() => owner !== null || calledBack !== null, LATE_ACKNOWLEDGEMENT_MS);
  }
  const taken = owner as { person: OnCallPerson; by: 'link' | 'reply' } | null;
  if (taken) {
    await paging.recordPageAcknowledged({ tenantId, pageId, owner: taken.person, by: taken.by, at: nowIso() });
    const others = [...new Map(paged.filter((p) => p.person.phone !== taken.person.phone).map((p) => [p.person.phone, p.person])).values()];
    for (const person of others) await paging.textPageTaken({ tenantId, pageId, owner: taken.person, person, at: nowIso() });
  }

  // The promise made to the family: a call back by the time they were told. Late, the owner and the
  // next person on the rota hear of it, once per period, until it is logged or the rota runs out.
  let dueMs = Date.parse(plan.callbackDueAt);
  const escalation = taken ? plan.chain.filter((person) => person.phone !== taken.person.phone) : plan.chain;
  for (let round = 1; !calledBack && round <= escalation.length + 1; round++) {
    if (await condition(() => calledBack !== null, Math.max(1, dueMs - Date.now()))) break;
    dueMs = Date.now() + plan.callbackMinutes * 60_000;
    const people = [...(taken ? [taken.person] : []), ...escalation.slice(round - 1, round)];
    log.warn('a family promised a call back has not had one', { alert: 'callback_overdue', pageId, round });
    await paging.textCallbackMissed({ tenantId, pageId, round, people, nextDueAt: new Date(dueMs).toISOString(), at: nowIso() });
  }
  const done = calledBack as { by: string } | null;
  if (done) await paging.recordCalledBack({ tenantId, pageId, by: done.by, at: nowIso() });
  return { owner: taken?.person ?? null, calledBack: done !== null };
}
