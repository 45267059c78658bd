import { splitLocalDateTime, type LocalDateTime } from '../dates/clock.js';
import { toSlot } from './candidate.js';
import { judgeStart, type SlotRefusal } from './judge-start.js';
import { openingDay } from './opening-day.js';
import { searchRules } from './search-rules.js';
import type { SlotSearch } from './slot-search.js';
import type { Slot } from './slot.js';

export type SlotCheck = { ok: true; slot: Slot } | { ok: false; reason: SlotRefusal };

/**
 * Whether the caller's exact local start ('YYYY-MM-DDTHH:MM', tenant zone) can be booked now, by
 * the same rule `findSlots` offers by. No horizon applies: a family may name any future date.
 */
export function checkSlot(search: Omit<SlotSearch, 'preference' | 'limit'>, localStart: string): SlotCheck {
  const local = readLocal(localStart);
  if (!local) return { ok: false, reason: 'not_a_time' };
  const rules = searchRules(search);
  const verdict = judgeStart(rules, openingDay(local.date, search.settings), local.minute);
  return typeof verdict === 'string' ? { ok: false, reason: verdict } : { ok: true, slot: toSlot(verdict, search.settings.timeZone) };
}

function readLocal(localStart: string): LocalDateTime | null {
  try {
    return splitLocalDateTime(localStart);
  } catch {
    return null;
  }
}
