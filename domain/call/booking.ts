import type { ServiceType } from '../services.js';

/** An appointment a call booked: what the caller hears read back and receives by text. */
export type Booking = {
  eventId: string;
  service: ServiceType;
  confirmation: string;
  /** ISO instants. */
  start: string;
  end: string;
  /** 'YYYY-MM-DDTHH:MM' in the organization's time zone. */
  localStart: string;
  localEnd: string;
};

/** A slot held for a caller while they decide; it blocks the calendar like a booking. */
export type Hold = {
  eventId: string;
  service: ServiceType;
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
  expiresAt: string;
};
