import { addDays } from '../../domain/dates/local-date.js';
import { formatClock } from '../../domain/dates/clock.js';
import { instantToLocal } from '../../domain/dates/zoned-time.js';
import { blockedInterval, checkSlot, type BusyInterval } from '../../domain/scheduling/index.js';
import type { ServiceType } from '../../domain/services.js';
import type { TenantSettings } from '../../domain/tenant-settings.js';

const HALF_HOURS = Array.from({ length: 48 }, (_, i) => formatClock(i * 30));

/**
 * The first `count` local starts, from tomorrow on, that the slot engine accepts and that keep
 * clear of each other buffers included: bookings made at them all succeed, one after another.
 */
export function distinctStarts(settings: TenantSettings, service: ServiceType, now: string, count: number): string[] {
  const starts: string[] = [];
  const taken: BusyInterval[] = [];
  for (let date = addDays(instantToLocal(now, settings.timeZone).slice(0, 10), 1); starts.length < count; date = addDays(date, 1)) {
    for (const clock of HALF_HOURS) {
      const check = checkSlot({ settings, service, now, busy: taken }, `${date}T${clock}`);
      if (!check.ok || starts.length >= count) continue;
      starts.push(check.slot.localStart);
      taken.push(blockedInterval(check.slot.start, check.slot.end, settings.bufferMinutes));
    }
  }
  return starts;
}
