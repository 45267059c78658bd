import { describe, expect, it } from 'vitest';
import { estimatePeriod, hasPaymentProblem, usageByDay } from './subscription-standing.js';

const BETA = { key: 'beta', name: 'Beta', description: 'Beta', monthlyCents: 9900, currency: 'usd', stripePriceIds: { test: 'price_t', live: 'price_l' } };
const RATES = { callCents: 100, centsPer1000VoiceWords: 100 };

describe('payment problems', () => {
  it('are an unpaid subscription, or a failure after the last paid invoice', () => {
    expect(hasPaymentProblem({ status: 'past_due', lastPaymentFailedAt: null, lastPaidAt: null })).toBe(true);
    expect(hasPaymentProblem({ status: 'active', lastPaymentFailedAt: null, lastPaidAt: null })).toBe(false);
    const failed = new Date('2026-12-03T10:00:00Z');
    expect(hasPaymentProblem({ status: 'active', lastPaymentFailedAt: failed, lastPaidAt: null })).toBe(true);
    expect(hasPaymentProblem({ status: 'active', lastPaymentFailedAt: failed, lastPaidAt: new Date('2026-12-02T10:00:00Z') })).toBe(true);
    expect(hasPaymentProblem({ status: 'active', lastPaymentFailedAt: failed, lastPaidAt: new Date('2026-12-04T10:00:00Z') })).toBe(false);
  });
});

describe('usage by day', () => {
  it('lists every UTC day of the period so far, zeros included, summing each metric', () => {
    const days = usageByDay('2026-12', new Date('2026-12-03T08:00:00Z'), [
      { day: '2026-12-01', metric: 'calls', quantity: 2 },
      { day: '2026-12-01', metric: 'voice_words', quantity: 700 },
      { day: '2026-12-03', metric: 'calls', quantity: 1 },
    ]);
    expect(days).toEqual([
      { date: '2026-12-01', calls: 2, voiceWords: 700 },
      { date: '2026-12-02', calls: 0, voiceWords: 0 },
      { date: '2026-12-03', calls: 1, voiceWords: 0 },
    ]);
  });

  it('stops at the last day of a period that is over', () => {
    expect(usageByDay('2026-02', new Date('2026-04-01T00:00:00Z'), []).map((d) => d.date).at(-1)).toBe('2026-02-28');
  });
});

describe('the estimate of a period', () => {
  it('adds the plan while the subscription is billed to the usage lines', () => {
    const estimate = estimatePeriod({ plan: BETA, status: 'active', usage: { calls: 3, voiceWords: 1500 }, rates: RATES, exempt: false, currency: 'usd' });
    expect(estimate).toMatchObject({ currency: 'usd', subscriptionCents: 9900, totalCents: 9900 + 300 + 150 });
    expect(estimate.usage.map((line) => line.metric)).toEqual(['calls', 'voice_words']);
  });

  it('charges no plan without a billed subscription, and nothing to an exempt organization', () => {
    expect(estimatePeriod({ plan: BETA, status: 'canceled', usage: { calls: 1, voiceWords: 0 }, rates: RATES, exempt: false, currency: 'usd' }).totalCents).toBe(100);
    const demo = estimatePeriod({ plan: BETA, status: 'active', usage: { calls: 5, voiceWords: 0 }, rates: RATES, exempt: true, currency: 'usd' });
    expect(demo.totalCents).toBe(0);
    expect(demo.usage[0]?.amountCents).toBe(500);
  });
});
