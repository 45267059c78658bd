import { SERVICE_TYPES, type ServiceType } from '../domain/services.js';
import type { AvailabilityArgs, SlotArgs, TransferArgs } from './call-messages.js';
import type { CallState } from './call-state.js';

// Validators run synchronously before an update is accepted: a rejected update leaves no trace in
// the call's history. They check the shape of what the agent sent and whether the call allows it.

const LOCAL_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function requireOpen(call: CallState): void {
  if (call.ended) throw new Error('The call has ended.');
}

function requireService(service: ServiceType | undefined): void {
  if (service !== undefined && !SERVICE_TYPES.includes(service)) {
    throw new Error(`service must be one of ${SERVICE_TYPES.join(', ')}`);
  }
}

function requireLocalStart(localStart: unknown): void {
  if (typeof localStart !== 'string' || !LOCAL_START.test(localStart)) throw new Error('localStart must be YYYY-MM-DDTHH:MM');
}

export function validateOpen(call: CallState): void {
  requireOpen(call);
}

export function validateAvailability(call: CallState, args: AvailabilityArgs): void {
  requireOpen(call);
  requireService(args.service);
  if (args.requestedLocalStart !== undefined && args.requestedLocalStart !== null) requireLocalStart(args.requestedLocalStart);
  if (args.limit !== undefined && !(Number.isInteger(args.limit) && args.limit >= 1 && args.limit <= 5)) {
    throw new Error('limit must be a whole number from 1 to 5');
  }
}

export function validateHold(call: CallState, args: SlotArgs): void {
  requireOpen(call);
  requireLocalStart(args.localStart);
  requireService(args.service);
  if (call.booking) throw new Error('This call has already booked an appointment.');
}

export function validateBooking(call: CallState, args: SlotArgs): void {
  requireOpen(call);
  requireLocalStart(args.localStart);
  requireService(args.service);
  if (call.booking && call.booking.localStart !== args.localStart) {
    throw new Error(`This call has already booked ${call.booking.localStart}.`);
  }
}

export function validateTransfer(call: CallState, args: TransferArgs): void {
  requireOpen(call);
  if (typeof args.reason !== 'string' || args.reason.trim() === '') throw new Error('reason is required');
}
