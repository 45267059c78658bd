import { z } from 'zod';
import { minuteOfDay, splitLocalDateTime } from '../dates/clock.js';
import { weekdayOf } from '../dates/local-date.js';
import type { CountryCode } from 'libphonenumber-js';
import { AppError } from '../app-error.js';
import { toE164 } from '../extraction/phone.js';
import { hasControlCharacters } from '../plain-text.js';
import { WEEKDAYS } from '../tenant-settings.js';

export const ROTA_ROLES = ['primary', 'backup', 'owner'] as const;
export type RotaRole = (typeof ROTA_ROLES)[number];

const clock = (name: string) =>
  z.string({ error: `${name} must be a time as HH:MM` }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, `${name} must be a time as HH:MM (24-hour)`);

const NOT_DIALABLE = 'phone is not a number we can text, for example (312) 555-0142 or +44 20 7946 0958';

/** One line of the on-call rota: who, in which role, on which weekdays (1 = Monday) and local hours. */
export const rotaEntrySchema = z
  .object({
    name: z
      .string({ error: 'name must be text' })
      .trim()
      .min(1, 'name must not be empty')
      .max(120, 'name must be at most 120 characters')
      .refine((value) => !hasControlCharacters(value), 'name must not contain control characters'),
    /**
     * Typed as staff write it, "(312) 555-0142" or "+44 20 7946 0958"; read in the organization's
     * country by `dialableRotaEntry`, which keeps it in E.164.
     */
    phone: z
      .string({ error: 'phone must be text' })
      .trim()
      .max(40, 'phone must be at most 40 characters')
      .refine((raw) => /^\+?[\d\s().-]+$/.test(raw) && raw.replace(/\D/g, '').length >= 7 && raw.replace(/\D/g, '').length <= 15, NOT_DIALABLE),
    role: z.enum(ROTA_ROLES, { error: `role must be one of ${ROTA_ROLES.join(', ')}` }),
    weekdays: z
      .array(z.number().int().min(1, 'weekdays are 1 (Monday) to 7 (Sunday)').max(7, 'weekdays are 1 (Monday) to 7 (Sunday)'))
      .min(1, 'weekdays must name at least one day')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'weekdays must not repeat a day')
      .default([1, 2, 3, 4, 5, 6, 7]),
    /** Local start and end; an end before the start runs past midnight ("17:00"–"08:00"). */
    from: clock('from').default('00:00'),
    until: clock('until').default('24:00'),
  })
  .strict()
  .refine((entry) => entry.from !== entry.until, { message: 'from and until must differ', path: ['until'] });
/** A rota line as stored: its phone in E.164. */
export type RotaEntry = z.output<typeof rotaEntrySchema>;

/** The line with its phone read in the organization's country; a number no text can reach is refused beside the field. */
export function dialableRotaEntry(entry: RotaEntry, country: CountryCode): RotaEntry {
  const phone = toE164(entry.phone, country);
  if (!phone) throw new AppError('invalid_input', `Invalid request: phone: ${NOT_DIALABLE}`, { issues: [{ path: 'phone', message: NOT_DIALABLE }] });
  return { ...entry, phone };
}

export type OnCallPerson = { name: string; phone: string; role: RotaRole };

/** '24:00' ends a span at midnight; every other clock is a time of day. */
export const rotaMinute = (clockText: string) => (clockText === '24:00' ? 24 * 60 : minuteOfDay(clockText));
const ROLE_ORDER: Record<RotaRole, number> = { primary: 0, backup: 1, owner: 2 };

/** Whether an entry covers a local weekday (1–7) and minute of the day; overnight spans count from their first day. */
export function covers(entry: Pick<RotaEntry, 'weekdays' | 'from' | 'until'>, weekday: number, minute: number): boolean {
  const from = rotaMinute(entry.from);
  const until = rotaMinute(entry.until);
  if (from < until) return entry.weekdays.includes(weekday) && minute >= from && minute < until;
  const yesterday = weekday === 1 ? 7 : weekday - 1;
  return (entry.weekdays.includes(weekday) && minute >= from) || (entry.weekdays.includes(yesterday) && minute < until);
}

/**
 * Whom a page goes to, in order: those on call now as primary, then backup, then the owner; each
 * person once. An owner is always in the chain, on call or not, so a page never ends with nobody.
 */
export function onCallChain(entries: readonly (RotaEntry & { position?: number })[], weekday: number, minute: number): OnCallPerson[] {
  const ordered = [...entries].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.position ?? 0) - (b.position ?? 0));
  const now = ordered.filter((entry) => covers(entry, weekday, minute));
  const owners = ordered.filter((entry) => entry.role === 'owner' && !now.includes(entry));
  const chain: OnCallPerson[] = [];
  for (const entry of [...now, ...owners]) {
    if (!chain.some((person) => person.phone === entry.phone)) chain.push({ name: entry.name, phone: entry.phone, role: entry.role });
  }
  return chain;
}

/** ISO weekday (1 = Monday) and minute of the day of a local 'YYYY-MM-DDTHH:MM', as the rota counts them. */
export function rotaMoment(local: string): { weekday: number; minute: number } {
  const { date, minute } = splitLocalDateTime(local);
  return { weekday: WEEKDAYS.indexOf(weekdayOf(date)) + 1, minute };
}
