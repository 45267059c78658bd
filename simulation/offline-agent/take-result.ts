import type { Slot } from '../../domain/scheduling/slot.js';
import type { AgentMemory, Observation } from './agent-memory.js';
import { askListAddress, bookedReadBack, CALENDAR_TROUBLE, LIST_NOT_SENT, priceListSentReply, FACILITY_OPENING, FIRST_CALL_OPENING, JUST_TAKEN, nothingFreeOn, offer, pricesReply, questionReply, refusedTime, URGENT_FLAGGED } from './replies.js';

type ToolResult = Exclude<Observation, { kind: 'heard' }>;

/** Takes in a tool's answer: what it changes, and what the agent will say about it. */
export function takeResult(memory: AgentMemory, result: ToolResult): AgentMemory {
  const next: AgentMemory = { ...memory, said: [...memory.said], pending: { ...memory.pending } };
  switch (result.kind) {
    case 'availability': {
      next.pending.check = null;
      next.offered = result.slots;
      if (result.requested?.ok) {
        next.pending.hold = result.requested.slot.localStart;
        return next;
      }
      const earliest = result.requested ? null : earliestOnTheDay(next, result.slots);
      if (earliest) {
        next.lastRequested = earliest;
        next.pending.hold = earliest;
        return next;
      }
      if (result.requested) next.said.push(refusedTime(result.requested.reason, next.lastRequested ?? '', next.referenceLocal));
      else if (missesAskedDays(next.preference.days, result.slots)) next.said.push(nothingFreeOn(next.preference.days, next.referenceLocal));
      next.said.push(offer(result.slots, next.referenceLocal, result.requested !== null));
      return next;
    }
    case 'held':
      next.pending.hold = null;
      next.hold = result.hold;
      return next;
    case 'booked':
      next.hold = null;
      next.booking = result.booking;
      next.said.push(bookedReadBack(result.booking, next.referenceLocal, next.details.phone, next.callerId));
      return next;
    case 'transferred':
      next.transferred = true;
      next.said.push(next.callKind === 'first_call' ? FIRST_CALL_OPENING : next.callKind === 'facility_call' ? FACILITY_OPENING : URGENT_FLAGGED);
      return next;
    case 'prices':
      next.pending.prices = null;
      next.said.push(pricesReply({ items: result.items, notOnList: result.notOnList, noList: result.noList, offerList: !next.listOffered }));
      next.listOffered = true;
      return next;
    case 'price_list_sent': {
      next.pending.sendList = null;
      next.listSent = true;
      next.listOffered = true;
      next.listAddressAsked = null;
      // Said before a goodbye the caller already prompted.
      next.said.splice(next.ended ? next.said.length - 1 : next.said.length, 0, priceListSentReply(result, next.callerId));
      return next;
    }
    case 'answered':
      next.pending.question = null;
      next.said.push(questionReply(result));
      return next;
    case 'refused':
      return refused(next, result);
  }
}

/**
 * "Wednesday the 12th, first thing": the soonest on one named day is a time, the earliest free
 * that day, and is held as one asked for.
 */
function earliestOnTheDay(memory: AgentMemory, slots: readonly Slot[]): string | null {
  const [day, ...others] = memory.preference.days;
  if (!memory.preference.soonest || day === undefined || others.length > 0) return null;
  return slots.map((slot) => slot.localStart).filter((start) => start.startsWith(day)).sort()[0] ?? null;
}

/** Offers that all fall on other days than the caller asked for: the caller must hear why. */
function missesAskedDays(days: readonly string[], slots: readonly Slot[]): boolean {
  return days.length > 0 && slots.length > 0 && !slots.some((slot) => days.includes(slot.localStart.slice(0, 10)));
}

function refused(memory: AgentMemory, result: Extract<Observation, { kind: 'refused' }>): AgentMemory {
  if (result.tool === 'send_price_list') {
    const channel = memory.pending.sendList ?? 'text';
    memory.pending.sendList = null;
    // No address, or not one a list can go to: ask for it; anything else, say so honestly.
    const ask = result.code === 'invalid_input' && !memory.ended;
    memory.listAddressAsked = ask ? channel : null;
    memory.said.splice(memory.ended ? memory.said.length - 1 : memory.said.length, 0, ask ? askListAddress(channel) : LIST_NOT_SENT);
    return memory;
  }
  memory.pending.hold = null;
  if (result.code !== 'slot_unavailable') {
    memory.pending.check = null;
    memory.said.push(CALENDAR_TROUBLE);
    return memory;
  }
  // Another call took the time between our check and our hold: offer what is free now.
  memory.hold = result.tool === 'book_appointment' ? null : memory.hold;
  memory.said.push(JUST_TAKEN);
  memory.lastRequested = null;
  memory.preference = { ...memory.preference, exact: null };
  memory.pending.check = { requested: null };
  return memory;
}
