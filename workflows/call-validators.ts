import {
  checkAvailabilityArgs,
  endCallArgs,
  parseToolArgs,
  saveCallerDetailsArgs,
  slotArgs,
  transferArgs,
} from '../domain/call/agent-tools.js';
import type { z } from 'zod';
import type { CallState } from './call-state.js';

// Validators run synchronously before an update is accepted: a rejected update leaves no trace in
// the call's history and no value in its state. Each checks the arguments against the tool's one
// schema (the same the voice model is given) and whether the call allows the tool now. Handlers
// read the arguments again with parseToolArgs, which cannot fail once its validator has passed.

function requireOpen(call: CallState): void {
  if (call.ended) throw new Error('The call has ended.');
}

export function validateDetails(call: CallState, args: unknown): void {
  requireOpen(call);
  parseToolArgs(saveCallerDetailsArgs, args);
}

export function validateAvailability(call: CallState, args: unknown): void {
  requireOpen(call);
  parseToolArgs(checkAvailabilityArgs, args);
}

export function validateHold(call: CallState, args: unknown): void {
  requireOpen(call);
  parseToolArgs(slotArgs, args);
  if (call.booking) throw new Error('This call has already booked an appointment.');
}

export function validateBooking(call: CallState, args: unknown): void {
  requireOpen(call);
  const slot = parseToolArgs(slotArgs, args);
  if (call.booking && call.booking.localStart !== slot.localStart) throw new Error(`This call has already booked ${call.booking.localStart}.`);
}

export function validateTransfer(call: CallState, args: unknown): void {
  requireOpen(call);
  parseToolArgs(transferArgs, args);
}

export function validateEnd(call: CallState, args: unknown): void {
  requireOpen(call);
  parseToolArgs(endCallArgs, args);
}

/** A tool that only needs the call to be open and its arguments to fit its schema. */
export function validateOpenCall(call: CallState, schema: z.ZodType, args: unknown): void {
  requireOpen(call);
  parseToolArgs(schema, args);
}
