import { describe, expect, it } from 'vitest';
import { totalCents, usageCharges } from './usage-charges.js';

const RATES = { callCents: 100, centsPer1000VoiceWords: 100 };

describe('usage charges', () => {
  it('charges each call and each 1,000 words, pro rata, rounded once for the period', () => {
    const charges = usageCharges({ calls: 312, voiceWords: 48_215 }, RATES);
    expect(charges).toEqual([
      { metric: 'calls', quantity: 312, amountCents: 31_200, description: '312 calls answered at $1.00 each' },
      { metric: 'voice_words', quantity: 48_215, amountCents: 4_822, description: '48,215 words of voice at $1.00 per 1,000' },
    ]);
    expect(totalCents(charges)).toBe(36_022);
  });

  it('uses the configured rates and leaves out what was not used', () => {
    expect(usageCharges({ calls: 1, voiceWords: 0 }, { callCents: 250, centsPer1000VoiceWords: 40 })).toEqual([
      { metric: 'calls', quantity: 1, amountCents: 250, description: '1 call answered at $2.50 each' },
    ]);
    expect(usageCharges({ calls: 0, voiceWords: 0 }, RATES)).toEqual([]);
  });
});
