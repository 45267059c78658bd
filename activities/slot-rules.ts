import { AppError } from '../domain/app-error.js';
import { checkSlot, type SlotCheck } from '../domain/scheduling/index.js';
import type { Slot } from '../domain/scheduling/slot.js';
import type { ServiceType } from '../domain/services.js';
import type { TenantSettings } from '../domain/tenant-settings.js';

const REASONS: Record<Exclude<SlotCheck, { ok: true }>['reason'], string> = {
  not_a_time: 'is not a time on the calendar',
  closed: 'falls on a day the organization is closed',
  outside_hours: 'is outside opening hours',
  runs_past_closing: 'would run past closing time',
  too_soon: 'is sooner than the minimum notice',
  off_grid: 'does not start on the half hour',
  taken: 'is already taken',
};

/**
 * The slot at this local start if the organization's rules allow it (hours, notice, grid). Whether
 * it is free is the database's call: the exclusion constraint decides, under concurrency too.
 */
export function slotWithinRules(settings: TenantSettings, service: ServiceType, localStart: string, now: string): Slot {
  const check = checkSlot({ settings, service, now, busy: [] }, localStart);
  if (check.ok) return check.slot;
  throw new AppError('slot_unavailable', `${localStart} ${REASONS[check.reason]}.`);
}
