import {
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { checkAvailabilityArgs, endCallArgs, firstCallDetailsArgs, parseToolArgs, saveCallerDetailsArgs, slotArgs, transferArgs } from '../domain/call/agent-tools.js';
import type { FirstCallSheet } from '../domain/first-call/first-call-sheet.js';
import { countWords, outcomeLine } from '../domain/call/call-outcome.js';
import type { CallerDetails } from '../domain/extraction/caller-details.js';
import { EMPTY_TIME_PREFERENCE } from '../domain/time-preference.js';
import { CALL_KIND, CALL_OUTCOME, CALLER_PHONE } from '../temporal/search-attributes.js';
import { afterCall, booking, extraction, inCall } from './call-activities.js';
import {
  bookAppointmentUpdate,
  saveFirstCallDetailsUpdate,
  callStateQuery,
  checkAvailabilityUpdate,
  endCallUpdate,
  agentLostSignal,
  hangUpSignal,
  holdSlotUpdate,
  timingSignal,
  saveCallerDetailsUpdate,
  transferToStaffUpdate,
  turnSignal,
  type CallInput,
  type CallSummary,
  type DetailsAnswer,
} from './call-messages.js';
import { CallState, type CallSnapshot } from './call-state.js';
import { validateAvailability, validateBooking, validateDetails, validateEnd, validateHold, validateOpenCall, validateTransfer } from './call-validators.js';
import { pageWorkflowId } from './paging-messages.js';
import { PagingWorkflow } from './paging-workflow.js';
import { followUpWorkflowId } from './follow-up-messages.js';
import { AppointmentFollowUpWorkflow } from './follow-up-workflow.js';
import { handleInformationTools } from './information-tools.js';
import { refusal } from './refusal.js';
import { Serial } from './serial.js';

/** A caller who says nothing for this long has gone; the call is closed as abandoned. */
const SILENCE_LIMIT_MS = 30 * 60 * 1000;
const SKIP_UNCHANGED_CONTACT_SAVE = 'skip-unchanged-contact-save';
const UPSERT_PHONE_WHEN_CHANGED = 'upsert-phone-when-changed';
const WAIT_FOR_CALL_ROW = 'wait-for-call-row';
const KEEP_STATED_FACTS = 'keep-stated-facts';
const HOLD_TIMER_FOLLOWS_HOLD = 'hold-timer-follows-hold';
const FIRST_CALLS = 'first-calls-paged';
const KIND_SEARCH_ATTRIBUTE = 'kind-search-attribute';
const RECORD_TIMINGS = 'record-call-timings';
const TRANSFER_PUTS_THROUGH = 'transfer-puts-through';
/** How long a time stays held for a caller who is deciding. */
const HOLD_MINUTES = 10;

const nowIso = () => new Date(Date.now()).toISOString();

/**
 * One phone call, from the first word to the follow-up: `call-<CallSid>`. Turns arrive as signals,
 * the agent's tool calls as updates; every side effect is an idempotent activity, so a crash at any
 * point resumes without losing or doubling a booking.
 */
export async function CallWorkflow(input: CallInput, carried?: CallSnapshot): Promise<CallSummary> {
  const call = new CallState(input, carried);
  const serial = new Serial();
  const { workflowId } = workflowInfo();
  const tenantId = input.tenantId;

  /** Texts the confirmation once, and again if the caller gives a different number afterwards. */
  async function textConfirmation(): Promise<void> {
    const phone = call.textTo;
    if (!call.booking || !phone || phone === call.textedTo) return;
    await booking.sendConfirmationSms({ tenantId, workflowId, toPhone: phone, booking: call.booking });
    call.confirmationTexted(phone);
  }

  async function refreshDetails(stated: Partial<CallerDetails>, statedSheet: Partial<FirstCallSheet> = {}): Promise<DetailsAnswer> {
    const phoneBefore = call.details.phone;
    const kindBefore = call.kind;
    const keepStated = patched(KEEP_STATED_FACTS);
    // Calls recorded before first calls were read had no kind, no sheet and no page; they replay that way.
    const firstCalls = patched(FIRST_CALLS);
    if (call.transcriptIsNewer) {
      const turns = call.turns.slice();
      const [details, intent] = await Promise.all([
        extraction.extractCallerDetails({ turns, callerId: input.fromPhone, tenantId }),
        inCall.detectCallIntent({ turns }),
      ]);
      call.applyDetails(details, stated, turns.length, keepStated);
      call.applyIntent(intent);
      if (firstCalls) {
        const reading = await inCall.readFirstCall({ turns, intent, relationship: call.details.relationship });
        call.readFirstCall(reading.kind, reading.sheet, statedSheet);
      }
    } else {
      call.restate(stated, keepStated);
      if (firstCalls && call.kind) call.readFirstCall(call.kind, call.sheet, statedSheet);
    }
    // Calls recorded before the kind was searchable did not upsert it; they replay that way.
    if (firstCalls && call.kind && call.kind !== kindBefore && patched(KIND_SEARCH_ATTRIBUTE)) upsertSearchAttributes([{ key: CALL_KIND, value: call.kind }]);
    if (firstCalls) await pageIfReady(false);
    const worthKeeping = (!call.intent.questionOnly || call.details.callerName !== null) && call.kind !== 'not_a_customer';
    // Calls recorded before this change saved every time; they replay that way.
    if (worthKeeping && !(call.contactIsCurrent && patched(SKIP_UNCHANGED_CONTACT_SAVE))) {
      const saved = await inCall.saveContact({ tenantId, contactId: call.contactId, details: call.details, sources: call.detailSources });
      call.contactSaved(saved?.contactId ?? null);
    }
    // Calls recorded before this change upserted the phone on every reading; they replay that way.
    const spokenPhone = input.fromPhone ? null : call.details.phone;
    if (spokenPhone && (spokenPhone !== phoneBefore || !patched(UPSERT_PHONE_WHEN_CHANGED))) {
      upsertSearchAttributes([{ key: CALLER_PHONE, value: spokenPhone }]);
    }
    await textConfirmation();
    return { details: call.details, intent: call.intent, service: call.service, contactId: call.contactId, kind: call.kind, sheet: call.sheet, page: call.page };
  }

  /**
   * Pages the director on call once for a death the home must go to: as soon as the sheet can be
   * acted on, or at the end of the call with whatever is known. The page is its own workflow, so it
   * outlives the call and survives any restart.
   */
  async function pageIfReady(callEnding: boolean): Promise<void> {
    if (call.page || !call.needsPage || !(callEnding || call.sheetIsActionable) || call.kind === null) return;
    const callId = await callRow();
    const opened = await inCall.openPage({ tenantId, workflowId, callId, kind: call.kind, sheet: call.sheet, now: nowIso() });
    await startChild(PagingWorkflow, {
      workflowId: pageWorkflowId(workflowId),
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [{ tenantId, pageId: opened.pageId, callId, callWorkflowId: workflowId }],
    });
    call.paged({ pageId: opened.pageId, callbackWithinMinutes: opened.callbackWithinMinutes, callbackDueAt: opened.callbackDueAt });
  }

  /**
   * The call's row, which holds, bookings and tasks point at. An update sent with the start of the
   * call can arrive before the workflow has opened it; it waits. Calls recorded before this change
   * did not wait, and replay that way.
   */
  async function callRow(): Promise<string> {
    if (call.callId === null && patched(WAIT_FOR_CALL_ROW)) await condition(() => call.callId !== null);
    return call.callId!;
  }

  setHandler(turnSignal, (turn) => call.addTurn(turn));
  setHandler(hangUpSignal, () => call.end('caller'));
  setHandler(timingSignal, (timing) => call.timed(timing));
  setHandler(agentLostSignal, () => call.agentWasLost());
  setHandler(callStateQuery, () => call.view());

  setHandler(
    saveCallerDetailsUpdate,
    (raw) => serial.run(() => refreshDetails(parseToolArgs(saveCallerDetailsArgs, raw)).catch(refusal)),
    { validator: (raw) => validateDetails(call, raw) },
  );

  setHandler(
    checkAvailabilityUpdate,
    (raw) =>
      serial.run(async () => {
        const args = parseToolArgs(checkAvailabilityArgs, raw);
        call.touch();
        const service = args.service ?? call.service;
        const answer = await inCall
          .findAvailableSlots({
            tenantId,
            service,
            preference: args.preference ?? EMPTY_TIME_PREFERENCE,
            requestedLocalStart: args.requestedLocalStart ?? null,
            now: input.referenceTime,
            urgent: call.urgent,
            limit: args.limit ?? 3,
          })
          .catch(refusal);
        call.offer(answer.slots);
        return { service, ...answer };
      }),
    { validator: (raw) => validateAvailability(call, raw) },
  );

  setHandler(
    holdSlotUpdate,
    (raw) =>
      serial.run(async () => {
        const args = parseToolArgs(slotArgs, raw);
        call.touch();
        const callId = await callRow();
        const hold = await inCall
          .holdSlot({
            tenantId,
            workflowId,
            callId,
            service: args.service ?? call.service,
            localStart: args.localStart,
            now: input.referenceTime,
            holdMinutes: HOLD_MINUTES,
          })
          .catch(refusal);
        call.held(hold);
        return hold;
      }),
    { validator: (raw) => validateHold(call, raw) },
  );

  setHandler(
    bookAppointmentUpdate,
    (raw) =>
      serial.run(async () => {
        const args = parseToolArgs(slotArgs, raw);
        call.touch();
        if (call.booking) return call.booking;
        const callId = await callRow();
        await refreshDetails({});
        const booked = await booking
          .bookAppointment({
            tenantId,
            workflowId,
            callId,
            contactId: call.contactId,
            service: args.service ?? call.service,
            localStart: args.localStart,
            now: input.referenceTime,
            callerName: call.details.callerName,
            deceasedName: call.details.deceasedName,
          })
          .catch(refusal);
        call.booked(booked);
        await textConfirmation();
        return booked;
      }),
    { validator: (raw) => validateBooking(call, raw) },
  );

  setHandler(
    transferToStaffUpdate,
    (raw) =>
      serial.run(async () => {
        const args = parseToolArgs(transferArgs, raw);
        call.flagUrgent(args.reason);
        call.touch();
        const callId = await callRow();
        // Calls recorded before live calls were put through only left a call-back; they replay that way.
        if (patched(TRANSFER_PUTS_THROUGH)) {
          // The person on call reads what the caller has said so far, up to this very turn.
          await refreshDetails({}).catch(() => undefined);
          const { details } = call;
          const putThrough = await inCall
            .transferToOnCall({
              tenantId,
              workflowId,
              callSid: input.callSid,
              reason: call.urgencyReason!,
              callerName: details.callerName,
              relationship: details.relationship,
              callbackPhone: details.phone ?? input.fromPhone,
              deceasedName: details.deceasedName,
              kind: call.kind,
              sheet: call.needsPage ? call.sheet : null,
              at: nowIso(),
            })
            // A line that cannot be reached leaves the caller with the call-back below, not a refusal.
            .catch(() => null);
          if (putThrough) {
            call.transferred(putThrough.name);
            return { flagged: true as const, reason: call.urgencyReason!, putThroughTo: putThrough.name };
          }
        }
        await afterCall.createUrgentCallbackTask({
          tenantId,
          workflowId,
          callId,
          contactId: call.contactId,
          reason: call.urgencyReason!,
          dueAt: nowIso(),
        });
        return { flagged: true as const, reason: call.urgencyReason! };
      }),
    { validator: (raw) => validateTransfer(call, raw) },
  );

  setHandler(
    saveFirstCallDetailsUpdate,
    (raw) => serial.run(() => refreshDetails({}, parseToolArgs(firstCallDetailsArgs, raw)).catch(refusal)),
    { validator: (raw) => validateOpenCall(call, firstCallDetailsArgs, raw) },
  );

  handleInformationTools({ call, serial, input, workflowId, callRow, nowIso });

  setHandler(
    endCallUpdate,
    async (raw) => {
      call.end(parseToolArgs(endCallArgs, raw).reason ?? 'agent');
      await condition(() => call.summary !== null);
      return call.summary!;
    },
    { validator: (raw) => validateEnd(call, raw) },
  );

  if (call.callId === null) {
    const opened = await inCall.openCall({ tenantId, callSid: input.callSid, workflowId, fromPhone: input.fromPhone, startedAt: input.referenceTime });
    call.opened(opened.callId);
  }

  while (!call.ended) {
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof CallWorkflow>(input, call.snapshot());
    }
    const seen = call.activity;
    const heldBefore = call.hold;
    // The timer is set when anything happens; a hold is placed a moment after its update is
    // accepted, so the timer is set again once it is there, for the hold's own expiry. Calls
    // recorded before this change waited for the silence limit instead, and replay that way.
    const followHold = patched(HOLD_TIMER_FOLLOWS_HOLD);
    const holdLeftMs = call.hold ? Math.max(0, Date.parse(call.hold.expiresAt) - Date.now()) : Infinity;
    const waitMs = Math.max(1, Math.min(SILENCE_LIMIT_MS, holdLeftMs));
    const woke = await condition(
      () => call.ended || call.activity !== seen || (followHold && call.hold !== heldBefore) || workflowInfo().continueAsNewSuggested,
      waitMs,
    );
    if (woke) continue;
    if (call.hold && !call.booking) {
      await serial.run(() => afterCall.releaseHolds({ tenantId, workflowId }));
      call.holdReleased();
    } else {
      call.end('silence');
    }
  }

  await serial.run(() => finish());
  await condition(allHandlersFinished);
  return call.summary!;

  /**
   * One after-call step. Its retries are bounded (call-activities.ts); one that still fails is an
   * alert for the operator on call, and the steps after it go on, so one outage loses one step.
   */
  async function afterCallStep(step: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      log.error('after-call step failed; this call needs a look', { alert: 'after_call_step_failed', step, workflowId, error: String(error) });
    }
  }

  async function finish(): Promise<void> {
    await refreshDetails({}).catch(() => undefined);
    if (patched(FIRST_CALLS)) await afterCallStep('page the director on call', () => pageIfReady(true));
    if (call.hold && !call.booking) await afterCallStep('release holds', () => afterCall.releaseHolds({ tenantId, workflowId }));
    call.holdReleased();
    const callId = call.callId!;
    // A caller put through to a person is theirs now; the telephone says if nobody answered (POST
    // /twilio/transfer-status), and that leaves the call-back.
    if (call.urgent && !(call.transferredTo && patched(TRANSFER_PUTS_THROUGH))) {
      await afterCallStep('urgent callback task', () =>
        afterCall.createUrgentCallbackTask({ tenantId, workflowId, callId, contactId: call.contactId, reason: call.urgencyReason!, dueAt: nowIso() }),
      );
    }
    const outcome = call.outcome;
    const endedAt = nowIso();
    await afterCallStep('complete call', () =>
      afterCall.completeCall({
        tenantId,
        workflowId,
        outcome,
        urgent: call.urgent,
        urgencyReason: call.urgencyReason,
        contactId: call.contactId,
        turns: call.turns,
        details: call.details,
        endedAt,
        ...(call.kind ? { kind: call.kind, firstCall: call.needsPage ? call.sheet : null } : {}),
        // Calls recorded before timings were kept completed without them, and replay that way.
        ...(patched(RECORD_TIMINGS) ? { timings: call.timings } : {}),
      }),
    );
    upsertSearchAttributes([{ key: CALL_OUTCOME, value: outcome }]);
    const contactId = call.contactId;
    if (contactId) {
      const summary = outcomeLine({ outcome, booking: call.booking, urgencyReason: call.urgencyReason });
      await afterCallStep('record interaction', () =>
        afterCall.recordCallInteraction({ tenantId, workflowId, contactId, callId, summary, turns: call.turns, occurredAt: endedAt }),
      );
    }
    await afterCallStep('record usage', () => afterCall.recordCallUsage({ tenantId, workflowId, words: countWords(call.turns), occurredAt: endedAt }));
    if (contactId && outcome !== 'information') {
      await afterCallStep('follow-up', async () => {
        const { followUpAt } = await afterCall.planFollowUp({ tenantId, after: endedAt });
        await startChild(AppointmentFollowUpWorkflow, {
          workflowId: followUpWorkflowId(workflowId),
          parentClosePolicy: ParentClosePolicy.ABANDON,
          args: [{ tenantId, callWorkflowId: workflowId, callId, contactId, followUpAt, booking: call.booking, toPhone: call.textTo }],
        });
      });
    }
    call.finished({ outcome, booking: call.booking, contactId: call.contactId, urgent: call.urgent });
  }
}
