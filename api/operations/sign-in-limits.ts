import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import { clearFailedAttempts, findNthRecentFailure, recordFailedAttempt, type AttemptKey, type AttemptScope } from '../../db/queries/login-attempts.js';

/**
 * Failed password checks allowed in a sliding window before the next one is refused unchecked.
 * The address allows more, so one office behind a single address is not locked out by one person.
 */
export const SIGN_IN_LIMITS: Record<AttemptScope, { max: number; windowMinutes: number }> = {
  account: { max: 5, windowMinutes: 15 },
  address: { max: 20, windowMinutes: 15 },
};

const REFUSALS: Record<AttemptScope, string> = {
  account: 'Too many failed sign-ins for this account.',
  address: 'Too many failed sign-ins from your network.',
};

const MINUTE_MS = 60_000;
const LONGEST_WINDOW_MS = Math.max(...Object.values(SIGN_IN_LIMITS).map((l) => l.windowMinutes)) * MINUTE_MS;

export type SignInAttempt = { email: string; address: string };

const accountKey = (email: string): AttemptKey => ({ scope: 'account', key: email.trim().toLowerCase() });

async function refuseWhenFull(db: Database, key: AttemptKey, now: Date): Promise<void> {
  const { max, windowMinutes } = SIGN_IN_LIMITS[key.scope];
  const windowMs = windowMinutes * MINUTE_MS;
  const oldestCounted = await findNthRecentFailure(db, { ...key, since: new Date(now.getTime() - windowMs), nth: max });
  if (!oldestCounted) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((oldestCounted.getTime() + windowMs - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError('rate_limited', `${REFUSALS[key.scope]} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, { retryAfterSeconds });
}

/**
 * Runs a password check unless the account or the address has failed too often lately. A failed
 * check counts against both; a passed one clears the account's count (not the address's, or anyone
 * with one account could reset the count of the addresses they guess others' passwords from).
 * Unknown emails count too, so a refusal says nothing about which accounts exist.
 */
export async function checkPasswordWithinLimits(
  db: Database,
  attempt: SignInAttempt,
  now: Date,
  check: () => Promise<boolean>,
): Promise<boolean> {
  const account = accountKey(attempt.email);
  const keys: AttemptKey[] = [account, { scope: 'address', key: attempt.address }];
  for (const key of keys) await refuseWhenFull(db, key, now);
  const passed = await check();
  if (passed) await clearFailedAttempts(db, account);
  else await recordFailedAttempt(db, { keys, at: now, forgetBefore: new Date(now.getTime() - LONGEST_WINDOW_MS) });
  return passed;
}

/** A new password proves nothing against the address, but ends the lockout the old one was guessed into. */
export async function forgetAccountFailures(db: Database, email: string): Promise<void> {
  await clearFailedAttempts(db, accountKey(email));
}
