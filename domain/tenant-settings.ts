import { z } from 'zod';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { countryOfTimeZone } from './country-of-time-zone.js';
import { DEFAULT_SERVICE_DURATIONS, SERVICE_TYPES, type ServiceType } from './services.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');

/** Opening hours of one weekday; `null` means closed all day. */
export const dayHoursSchema = z
  .object({ open: clockTime, close: clockTime })
  .strict()
  .refine((h) => h.open < h.close, { message: 'open must be before close' })
  .nullable();
export type DayHours = z.infer<typeof dayHoursSchema>;

export const businessHoursSchema = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, dayHoursSchema])) as Record<Weekday, typeof dayHoursSchema>,
).strict();
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const serviceDurationsSchema = z.object(
  Object.fromEntries(SERVICE_TYPES.map((s) => [s, z.number().int().min(15).max(24 * 60)])) as Record<
    ServiceType,
    z.ZodNumber
  >,
).strict();
export type ServiceDurations = z.infer<typeof serviceDurationsSchema>;

export const tenantSettingsSchema = z
  .object({
    timeZone: z.string().refine(isIanaTimeZone, 'expected an IANA time zone such as America/Chicago'),
    /** Where callers dial from: a number said the national way ("0412 …") is read in it. */
    country: z.string().refine((code): code is CountryCode => isSupportedCountry(code), 'expected a two-letter country code such as US'),
    businessHours: businessHoursSchema,
    bufferMinutes: z.number().int().min(0).max(240),
    minNoticeMinutes: z.number().int().min(0).max(14 * 24 * 60),
    serviceDurations: serviceDurationsSchema,
  })
  .strict();
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  monday: { open: '09:00', close: '17:00' },
  tuesday: { open: '09:00', close: '17:00' },
  wednesday: { open: '09:00', close: '17:00' },
  thursday: { open: '09:00', close: '17:00' },
  friday: { open: '09:00', close: '17:00' },
  saturday: { open: '09:00', close: '15:00' },
  sunday: null,
};

export function defaultTenantSettings(timeZone: string): TenantSettings {
  return {
    timeZone,
    country: countryOfTimeZone(timeZone) ?? 'US',
    businessHours: DEFAULT_BUSINESS_HOURS,
    bufferMinutes: 30,
    minNoticeMinutes: 120,
    serviceDurations: { ...DEFAULT_SERVICE_DURATIONS },
  };
}

export function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}
