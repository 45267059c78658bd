const UNITS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const TEENS: Record<string, string> = {
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19',
};
const TENS: Record<string, string> = {
  twenty: '2', thirty: '3', forty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9',
};
const REPEATS: Record<string, number> = { double: 2, triple: 3 };
const ZEROS: Record<string, string> = { hundred: '00', thousand: '000' };

/** Word, number, separator that may sit inside a spoken or written phone number, or anything else. */
const TOKEN = /([a-z]+)|(\d+)|([\s,.()/+-])|([^])/gi;

/** `index` and `end` bound the words or digits the run was read from. */
export type DigitRun = { digits: string; index: number; end: number };

/**
 * Runs of digits as a caller says or writes them: "555-123-4567", "six one seven, five five five",
 * "oh" for zero, "double five", "eight hundred", "twenty-one". A word that is not part of a number
 * (or a ':' as in "1:30") ends a run.
 */
export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let digits = '';
  let index = -1;
  let end = -1;
  let repeat = 1;
  let tens: string | null = null;

  const append = (more: string, at: number): void => {
    if (index < 0) index = at;
    digits += more;
  };
  const settleTens = (at: number): void => {
    if (tens !== null) append(`${tens}0`, at);
    tens = null;
  };
  const flush = (): void => {
    settleTens(index);
    if (digits !== '') runs.push({ digits, index, end });
    digits = '';
    index = -1;
    repeat = 1;
  };

  for (const match of text.matchAll(TOKEN)) {
    const [, word, number, separator] = match;
    if (separator !== undefined) continue;
    const tokenEnd = match.index + match[0].length;
    const lower = word?.toLowerCase();
    const unit = lower === undefined ? undefined : UNITS[lower];
    if (tens !== null && unit !== undefined && unit !== '0') {
      append(tens + unit, match.index);
      tens = null;
      end = tokenEnd;
      continue;
    }
    settleTens(match.index);
    if (number !== undefined) {
      append(number.length === 1 ? number.repeat(repeat) : number, match.index);
      repeat = 1;
    } else if (lower !== undefined && unit !== undefined) {
      append(unit.repeat(repeat), match.index);
      repeat = 1;
    } else if (lower !== undefined && TEENS[lower] !== undefined) {
      append(TEENS[lower] ?? '', match.index);
    } else if (lower !== undefined && TENS[lower] !== undefined) {
      tens = TENS[lower] ?? null;
      if (index < 0) index = match.index;
    } else if (lower !== undefined && REPEATS[lower] !== undefined) {
      repeat = REPEATS[lower] ?? 1;
    } else if (lower !== undefined && ZEROS[lower] !== undefined && digits !== '') {
      append(ZEROS[lower] ?? '', match.index);
    } else {
      flush();
      continue;
    }
    end = tokenEnd;
  }
  flush();
  return runs;
}
