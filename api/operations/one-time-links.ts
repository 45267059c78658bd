import { AppError } from '../../domain/app-error.js';

/** Where a link emailed with a one-time token stands. */
export type LinkState = { usedAt: Date | null; withdrawnAt: Date | null; expiresAt: Date };

/** What the person who opened the link is told, for each way it can no longer work. */
export type LinkWords = { unknown: string; used: string; withdrawn: string; expired: string };

export const INVITATION_LINK: LinkWords = {
  unknown: 'This invitation link is not valid; check that you copied all of it, or ask for a new one.',
  used: 'This invitation has already been used; sign in instead.',
  withdrawn: 'This invitation was withdrawn; ask for a new one.',
  expired: 'This invitation has expired; ask for a new one.',
};

export const PASSWORD_RESET_LINK: LinkWords = {
  unknown: 'This password reset link is not valid; check that you copied all of it, or ask for a new one.',
  used: 'This password reset link has already been used; ask for a new one if you still need it.',
  withdrawn: 'This password reset link is no longer valid; ask for a new one.',
  expired: 'This password reset link has expired; ask for a new one.',
};

/** The link's record when it can still be used; otherwise a 404 that says why not. */
export function usableLink<T>(link: T | null, stateOf: (link: T) => LinkState, now: Date, words: LinkWords): T {
  const state = link === null ? null : stateOf(link);
  const problem = !state
    ? words.unknown
    : state.usedAt
      ? words.used
      : state.withdrawnAt
        ? words.withdrawn
        : state.expiresAt.getTime() <= now.getTime()
          ? words.expired
          : null;
  if (problem) throw new AppError('not_found', problem);
  return link!;
}
