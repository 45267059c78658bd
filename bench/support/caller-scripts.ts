/**
 * Lines for many callers who want much the same thing: a memorial service this Friday at one of a
 * few times that overlap each other, and failing that a day next week. The offline agent reads
 * every one of them: the phrasing of the shared scenario 04-conflict-then-alternative.
 */
export type CallerScript = { lines: string[]; firstAsk: string };

const FRIDAY = [
  { said: '9 in the morning', local: '2026-07-10T09:00' },
  { said: '10 in the morning', local: '2026-07-10T10:00' },
  { said: '11 in the morning', local: '2026-07-10T11:00' },
  { said: '1 in the afternoon', local: '2026-07-10T13:00' },
];
const NEXT_WEEK_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const NEXT_WEEK_TIMES = ['9 in the morning', '10:30 in the morning', '1 in the afternoon', '2:30 in the afternoon'];
const FIRST_NAMES = ['Daniel', 'Maria', 'James', 'Linda', 'Samuel', 'Grace', 'Peter', 'Ruth'];
const FAMILY_NAMES = ['Reyes', 'Novak', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Brennan', 'Haddad'];

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

export function callerScript(index: number): CallerScript {
  const first = pick(FRIDAY, index);
  const family = pick(FAMILY_NAMES, Math.floor(index / FIRST_NAMES.length));
  return {
    firstAsk: first.local,
    lines: [
      `Good morning. My brother Thomas ${family} died on Monday and we'd like to have a memorial service.`,
      `My name is ${pick(FIRST_NAMES, index)} ${family}.`,
      `Could we do this Friday at ${first.said}?`,
      `How about next ${pick(NEXT_WEEK_DAYS, Math.floor(index / FRIDAY.length))} at ${pick(NEXT_WEEK_TIMES, index)} then?`,
      "That's right, you can reach me at this number.",
    ],
  };
}
