/**
 * An ISO instant must carry its zone ('Z' or '+02:00'): `Date.parse` reads a zone-less string in
 * the host's zone, and the engine must give the same answer on every machine.
 */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseInstant(instant: string): number {
  const match = ISO_INSTANT.exec(instant);
  const ms = match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`expected an ISO instant with a zone, got "${instant}"`);
  return ms;
}

export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** `Date.parse` rolls '02-30' over into March instead of refusing it. Cheap: busy calendars hold thousands. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
