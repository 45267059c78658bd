import type Stripe from 'stripe';
import type { Database } from '../db/database.js';
import { findBillingAccount, keepStripeCustomer } from '../db/queries/billing-accounts.js';

/**
 * The organization's Stripe customer, made on first need (checkout or the first usage invoiced).
 * The idempotency key makes a retried create return the same customer; the database keeps the
 * first one stored if two were made at once.
 */
export async function ensureStripeCustomer(db: Database, stripe: Stripe, organization: { id: string; name: string }): Promise<string> {
  const account = await findBillingAccount(db, organization.id);
  if (account.stripeCustomerId) return account.stripeCustomerId;
  const customer = await stripe.customers.create(
    { name: organization.name, metadata: { tenant_id: organization.id } },
    { idempotencyKey: `customer-${organization.id}` },
  );
  return keepStripeCustomer(db, organization.id, customer.id);
}
