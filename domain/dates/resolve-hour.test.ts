import { describe, expect, it } from 'vitest';
import { resolveHour } from './resolve-hour.js';

const bare = (hour: number) => ({ hour, minute: 0, meridiemKnown: false });

describe('resolveHour', () => {
  it('reads bare 1–7 as afternoon and 8–11 as morning', () => {
    expect(resolveHour(bare(1), null)).toBe(13);
    expect(resolveHour(bare(7), null)).toBe(19);
    expect(resolveHour(bare(8), null)).toBe(8);
    expect(resolveHour(bare(11), null)).toBe(11);
    expect(resolveHour(bare(12), null)).toBe(12);
  });

  it('follows a part of the day said alongside', () => {
    expect(resolveHour(bare(9), 'evening')).toBe(21);
    expect(resolveHour(bare(1), 'afternoon')).toBe(13);
    expect(resolveHour(bare(7), 'morning')).toBe(7);
  });

  it('keeps an hour whose am/pm was said', () => {
    expect(resolveHour({ hour: 2, minute: 0, meridiemKnown: true }, null)).toBe(2);
    expect(resolveHour({ hour: 14, minute: 0, meridiemKnown: true }, 'morning')).toBe(14);
  });
});
