import { AppError } from '../app-error.js';

/** A calendar month in UTC, written YYYY-MM: what one invoice covers. */
export type BillingPeriod = string;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseBillingPeriod(text: string): BillingPeriod {
  if (!PERIOD.test(text)) throw new AppError('invalid_input', `A billing period is a month written YYYY-MM (for example 2026-11), not "${text}".`);
  return text;
}

/** The month `instant` falls in, in UTC. */
export function billingPeriodOf(instant: Date): BillingPeriod {
  return instant.toISOString().slice(0, 7);
}

/** The month before the one `instant` falls in: the period a run on the first of the month closes. */
export function previousBillingPeriod(instant: Date): BillingPeriod {
  const firstOfMonth = Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1);
  return billingPeriodOf(new Date(firstOfMonth - 1));
}

/** Its first instant and the first instant after it, in UTC. */
export function billingPeriodBounds(period: BillingPeriod): { start: Date; end: Date } {
  const match = PERIOD.exec(parseBillingPeriod(period));
  const year = Number(match?.[1]);
  const month = Number(match?.[2]) - 1;
  return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
}
