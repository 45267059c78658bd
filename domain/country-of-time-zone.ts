import ct from 'countries-and-timezones';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';

/**
 * The country an organization in this time zone most likely dials in: the zone's main country
 * (Europe/London is GB, not Jersey). What an organization starts with until staff set their own.
 */
export function countryOfTimeZone(timeZone: string): CountryCode | null {
  const id = ct.getCountriesForTimezone(timeZone)[0]?.id;
  return id && isSupportedCountry(id) ? id : null;
}
