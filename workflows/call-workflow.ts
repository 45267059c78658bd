import {
  allHandlersFinished,
  condition,
  continueAsNew,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { countWords, outcomeLine } from '../domain/call/call-outcome.js';
import type { CallerDetails } from '../domain/extraction/caller-details.js';
import { EMPTY_TIME_PREFERENCE } from '../domain/time-preference.js';
import { CALL_OUTCOME, CALLER_PHONE } from '../temporal/search-attributes.js';
import { afterCall, booking, extraction, inCall } from './call-activities.js';
import {
  bookAppointmentUpdate,
  callStateQuery,
  checkAvailabilityUpdate,
  endCallUpdate,
  hangUpSignal,
  holdSlotUpdate,
  saveCallerDetailsUpdate,
  transferToStaffUpdate,
  turnSignal,
  type CallInput,
  type CallSummary,
  type DetailsAnswer,
} from './call-messages.js';
import { CallState, type CallSnapshot } from './call-state.js';
import { validateAvailability, validateBooking, validateHold, validateOpen, validateTransfer } from './call-validators.js';
import { AppointmentFollowUpWorkflow } from './follow-up-workflow.js';
import { refusal } from './refusal.js';
import { Serial } from './serial.js';

/** A caller who says nothing for this long has gone; the call is closed as abandoned. */
const SILENCE_LIMIT_MS = 30 * 60 * 1000;
const SKIP_UNCHANGED_CONTACT_SAVE = 'skip-unchanged-contact-save';
const UPSERT_PHONE_WHEN_CHANGED = 'upsert-phone-when-changed';
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
    call.textedTo = phone;
  }

  async function refreshDetails(stated: Partial<CallerDetails>): Promise<DetailsAnswer> {
    const phoneBefore = call.details.phone;
    if (call.transcriptIsNewer) {
      const turns = call.turns.slice();
      const [details, intent] = await Promise.all([
        extraction.extractCallerDetails({ turns, callerId: input.fromPhone }),
        inCall.detectCallIntent({ turns }),
      ]);
      call.applyDetails(details, stated, turns.length);
      call.applyIntent(intent);
    } else {
      call.applyDetails(call.details, stated, call.extractedTurns);
    }
    const worthKeeping = !call.intent.questionOnly || call.details.callerName !== null;
    const unchanged = call.contactId !== null && call.savedDetails === JSON.stringify(call.details);
    // Calls recorded before this change saved every time; they replay that way.
    if (worthKeeping && !(unchanged && patched(SKIP_UNCHANGED_CONTACT_SAVE))) {
      const saved = await inCall.saveContact({ tenantId, contactId: call.contactId, details: call.details });
      call.contactId = saved?.contactId ?? call.contactId;
      call.savedDetails = JSON.stringify(call.details);
    }
    // Calls recorded before this change upserted the phone on every reading; they replay that way.
    const spokenPhone = input.fromPhone ? null : call.details.phone;
    if (spokenPhone && (spokenPhone !== phoneBefore || !patched(UPSERT_PHONE_WHEN_CHANGED))) {
      upsertSearchAttributes([{ key: CALLER_PHONE, value: spokenPhone }]);
    }
    await textConfirmation();
    return { details: call.details, intent: call.intent, service: call.service, contactId: call.contactId };
  }

  setHandler(turnSignal, (turn) => call.addTurn(turn));
  setHandler(hangUpSignal, () => call.end('caller'));
  setHandler(callStateQuery, () => call.view());

  setHandler(
    saveCallerDetailsUpdate,
    (stated) => serial.run(() => refreshDetails(stated ?? {}).catch(refusal)),
    { validator: (_stated) => validateOpen(call) },
  );

  setHandler(
    checkAvailabilityUpdate,
    (args) =>
      serial.run(async () => {
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
        call.offered = answer.slots;
        return { service, ...answer };
      }),
    { validator: (args) => validateAvailability(call, args) },
  );

  setHandler(
    holdSlotUpdate,
    (args) =>
      serial.run(async () => {
        call.touch();
        const hold = await inCall
          .holdSlot({
            tenantId,
            workflowId,
            callId: call.callId!,
            service: args.service ?? call.service,
            localStart: args.localStart,
            now: input.referenceTime,
            holdMinutes: HOLD_MINUTES,
          })
          .catch(refusal);
        call.hold = hold;
        return hold;
      }),
    { validator: (args) => validateHold(call, args) },
  );

  setHandler(
    bookAppointmentUpdate,
    (args) =>
      serial.run(async () => {
        call.touch();
        if (call.booking) return call.booking;
        await refreshDetails({});
        const booked = await booking
          .bookAppointment({
            tenantId,
            workflowId,
            callId: call.callId!,
            contactId: call.contactId,
            service: args.service ?? call.service,
            localStart: args.localStart,
            now: input.referenceTime,
            callerName: call.details.callerName,
            deceasedName: call.details.deceasedName,
          })
          .catch(refusal);
        call.booking = booked;
        call.hold = null;
        await textConfirmation();
        return booked;
      }),
    { validator: (args) => validateBooking(call, args) },
  );

  setHandler(
    transferToStaffUpdate,
    (args) =>
      serial.run(async () => {
        call.flagUrgent(args.reason);
        call.touch();
        await afterCall.createUrgentCallbackTask({
          tenantId,
          workflowId,
          callId: call.callId!,
          contactId: call.contactId,
          reason: call.urgencyReason!,
          dueAt: nowIso(),
        });
        return { flagged: true as const, reason: call.urgencyReason! };
      }),
    { validator: (args) => validateTransfer(call, args) },
  );

  setHandler(
    endCallUpdate,
    async (args) => {
      call.end(args.reason ?? 'agent');
      await condition(() => call.summary !== null);
      return call.summary!;
    },
    { validator: (_args) => validateOpen(call) },
  );

  if (call.callId === null) {
    const opened = await inCall.openCall({ tenantId, callSid: input.callSid, workflowId, fromPhone: input.fromPhone, startedAt: input.referenceTime });
    call.callId = opened.callId;
  }

  while (!call.ended) {
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof CallWorkflow>(input, call.snapshot());
    }
    const seen = call.activity;
    const holdLeftMs = call.hold ? Math.max(0, Date.parse(call.hold.expiresAt) - Date.now()) : Infinity;
    const waitMs = Math.max(1, Math.min(SILENCE_LIMIT_MS, holdLeftMs));
    const woke = await condition(() => call.ended || call.activity !== seen || workflowInfo().continueAsNewSuggested, waitMs);
    if (woke) continue;
    if (call.hold && !call.booking) {
      await serial.run(() => afterCall.releaseHolds({ tenantId, workflowId }));
      call.hold = null;
    } else {
      call.end('silence');
    }
  }

  await serial.run(() => finish());
  await condition(allHandlersFinished);
  return call.summary!;

  async function finish(): Promise<void> {
    await refreshDetails({}).catch(() => undefined);
    if (call.hold && !call.booking) await afterCall.releaseHolds({ tenantId, workflowId });
    call.hold = null;
    const callId = call.callId!;
    if (call.urgent) {
      await afterCall.createUrgentCallbackTask({ tenantId, workflowId, callId, contactId: call.contactId, reason: call.urgencyReason!, dueAt: nowIso() });
    }
    const outcome = call.outcome;
    const endedAt = nowIso();
    await afterCall.completeCall({
      tenantId,
      workflowId,
      outcome,
      urgent: call.urgent,
      urgencyReason: call.urgencyReason,
      contactId: call.contactId,
      turns: call.turns,
      details: call.details,
      endedAt,
    });
    upsertSearchAttributes([{ key: CALL_OUTCOME, value: outcome }]);
    if (call.contactId) {
      const summary = outcomeLine({ outcome, booking: call.booking, urgencyReason: call.urgencyReason });
      await afterCall.recordCallInteraction({ tenantId, workflowId, contactId: call.contactId, callId, summary, turns: call.turns, occurredAt: endedAt });
    }
    await afterCall.recordCallUsage({ tenantId, workflowId, words: countWords(call.turns), occurredAt: endedAt });
    if (call.contactId && outcome !== 'information') {
      const { followUpAt } = await afterCall.planFollowUp({ tenantId, after: endedAt });
      await startChild(AppointmentFollowUpWorkflow, {
        workflowId: `follow-up-${workflowId}`,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [{ tenantId, callWorkflowId: workflowId, callId, contactId: call.contactId, followUpAt, booking: call.booking, toPhone: call.textTo }],
      });
    }
    call.summary = { outcome, booking: call.booking, contactId: call.contactId, urgent: call.urgent };
  }
}
