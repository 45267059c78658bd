import { setHandler } from '@temporalio/workflow';
import { answerQuestionArgs, lookUpPricesArgs, parseToolArgs, sendPriceListArgs } from '../domain/call/agent-tools.js';
import { inCall } from './call-activities.js';
import { answerQuestionUpdate, lookUpPricesUpdate, sendPriceListUpdate, type CallInput } from './call-messages.js';
import type { CallState } from './call-state.js';
import { validateOpenCall } from './call-validators.js';
import { refusal } from './refusal.js';
import type { Serial } from './serial.js';

/**
 * The call's tools that only inform the caller (a price, the whole price list, the home's address
 * or a published service): none books or pages, and each runs in turn with the others.
 */
export function handleInformationTools(ctx: { call: CallState; serial: Serial; input: CallInput; workflowId: string; callRow: () => Promise<string>; nowIso: () => string }): void {
  const { call, serial, input, workflowId, callRow, nowIso } = ctx;
  const { tenantId } = input;
  setHandler(
    lookUpPricesUpdate,
    (raw) =>
      serial.run(async () => {
        const args = parseToolArgs(lookUpPricesArgs, raw);
        call.touch();
        const callId = await callRow();
        const answer = await inCall.quotePrices({ tenantId, callId, question: args.question, codes: args.codes ?? [], now: nowIso() }).catch(refusal);
        call.pricesQuoted(answer.items.map((item) => item.code));
        return answer;
      }),
    { validator: (raw) => validateOpenCall(call, lookUpPricesArgs, raw) },
  );

  setHandler(
    sendPriceListUpdate,
    (raw) =>
      serial.run(async () => {
        const args = parseToolArgs(sendPriceListArgs, raw);
        call.touch();
        // Without an address said for it, the one the call already knows.
        const known = args.channel === 'text' ? call.textTo : call.details.email;
        return inCall.sendPriceList({ tenantId, workflowId, channel: args.channel, to: args.to ?? known, now: nowIso() }).catch(refusal);
      }),
    { validator: (raw) => validateOpenCall(call, sendPriceListArgs, raw) },
  );

  setHandler(
    answerQuestionUpdate,
    (raw) =>
      serial.run(async () => {
        const args = parseToolArgs(answerQuestionArgs, raw);
        call.touch();
        const callId = await callRow();
        // Published services and office hours are read as of the call's start, the time every phrase is read against.
        return inCall.answerCallerQuestion({ tenantId, workflowId, callId, contactId: call.contactId, question: args.question, now: input.referenceTime }).catch(refusal);
      }),
    { validator: (raw) => validateOpenCall(call, answerQuestionArgs, raw) },
  );
}
