/** What an organization used in a period: what the usage part of its invoice is computed from. */
export type UsageTotals = { calls: number; voiceWords: number };

export type UsageRates = {
  /** Each answered call. */
  callCents: number;
  /** Each 1,000 words the voice agent heard and spoke. */
  centsPer1000VoiceWords: number;
};

export type UsageCharge = { metric: 'calls' | 'voice_words'; quantity: number; amountCents: number; description: string };

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * The usage lines of one invoice, in cents. Voice is charged per 1,000 words, pro rata, rounded to
 * the nearest cent once for the period (never per call, which would round a cent into every call).
 * A metric with nothing used has no line.
 */
export function usageCharges(totals: UsageTotals, rates: UsageRates): UsageCharge[] {
  const charges: UsageCharge[] = [];
  if (totals.calls > 0) {
    charges.push({
      metric: 'calls',
      quantity: totals.calls,
      amountCents: totals.calls * rates.callCents,
      description: `${count(totals.calls)} ${totals.calls === 1 ? 'call' : 'calls'} answered at ${dollars(rates.callCents)} each`,
    });
  }
  if (totals.voiceWords > 0) {
    charges.push({
      metric: 'voice_words',
      quantity: totals.voiceWords,
      amountCents: Math.round((totals.voiceWords * rates.centsPer1000VoiceWords) / 1000),
      description: `${count(totals.voiceWords)} words of voice at ${dollars(rates.centsPer1000VoiceWords)} per 1,000`,
    });
  }
  return charges;
}

export const totalCents = (charges: readonly UsageCharge[]): number => charges.reduce((sum, charge) => sum + charge.amountCents, 0);
