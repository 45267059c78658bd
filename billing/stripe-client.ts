import Stripe from 'stripe';

export type StripeConfig = { STRIPE_SECRET_KEY?: string | undefined; STRIPE_API_BASE?: string | undefined };

// A hung request holds an invoicing activity or a staff member's click; Stripe answers in well under this.
const TIMEOUT_MS = 20_000;

/**
 * The Stripe SDK for a process whose configuration holds the key, or null when billing is off.
 * STRIPE_API_BASE sends it to stripe-mock (or any Stripe-speaking server) instead of api.stripe.com.
 * The SDK's own retries are off: Temporal retries an activity, and a person retries a click.
 */
export function createStripeClient(config: StripeConfig): Stripe | null {
  if (!config.STRIPE_SECRET_KEY) return null;
  const options: Stripe.StripeConfig = { timeout: TIMEOUT_MS, maxNetworkRetries: 0, appInfo: { name: 'funeral-voice' } };
  if (config.STRIPE_API_BASE) {
    const base = new URL(config.STRIPE_API_BASE);
    const protocol = base.protocol === 'https:' ? 'https' : 'http';
    options.host = base.hostname;
    options.port = Number(base.port || (protocol === 'https' ? 443 : 80));
    options.protocol = protocol;
  }
  return new Stripe(config.STRIPE_SECRET_KEY, options);
}
