/** An interval already on the calendar, as ISO instants. */
export type BusyInterval = { start: string; end: string };

/** A bookable appointment: UTC instants for storage, tenant wall clock for speech. */
export type Slot = {
  start: string;
  end: string;
  /** 'YYYY-MM-DDTHH:MM' in the tenant's time zone. */
  localStart: string;
  localEnd: string;
};
