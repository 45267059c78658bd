import { z } from 'zod';
import type { Database } from '../db/database.js';
import { AppError } from '../domain/app-error.js';
import { DEFAULT_PHONE_COUNTRY } from '../domain/contacts/contact-record.js';
import { toE164 } from '../domain/extraction/phone.js';
import { getTenant } from '../db/queries/tenants.js';
import { priceListEmail, priceListText } from '../domain/prices/price-list-message.js';
import type { EmailSender } from './email/email-sender.js';
import type { SmsSender } from './sms/sms-sender.js';
import { recordPriceQuotes } from '../db/queries/call-price-quotes.js';
import { listKnowledgeEntries } from '../db/queries/knowledge-entries.js';
import { listPriceListItems } from '../db/queries/price-list.js';
import { findPrices } from '../domain/prices/find-prices.js';
import type { PriceListItem } from '../domain/prices/price-list.js';

export type PriceLookup = {
  items: PriceListItem[];
  notOnList: string[];
  /** The organization has entered no price list: the agent says so and a person calls back. */
  noList: boolean;
  disclosures: string | null;
};

export type PriceListDelivery = { channel: 'text' | 'email'; to: string };

const email = z.email();

/** The address as it can be sent to, or why it cannot: a caller is told plainly and asked again. */
function deliverable(channel: 'text' | 'email', to: string | null): PriceListDelivery {
  if (channel === 'text') {
    const phone = to ? toE164(to, DEFAULT_PHONE_COUNTRY) : null;
    if (!phone) throw new AppError('invalid_input', to ? `${to} is not a number a text can go to; ask for the number again.` : 'There is no number to text; ask the caller for one.');
    return { channel, to: phone };
  }
  const address = to?.trim().toLowerCase() ?? null;
  if (!address || !email.safeParse(address).success) throw new AppError('invalid_input', address ? `${address} is not an email address; ask for it again.` : 'There is no email address; ask the caller for one.');
  return { channel, to: address };
}

export function createPriceActivities(deps: { db: Database; sms: SmsSender; email: EmailSender }) {
  return {
    /**
     * Sends the whole General Price List to the caller, by text or email, once per call and
     * address however often it is retried. The list is read as it stands when it is sent.
     */
    async sendPriceList(input: { tenantId: string; workflowId: string; channel: 'text' | 'email'; to: string | null; now: string }): Promise<PriceListDelivery> {
      const delivery = deliverable(input.channel, input.to);
      const tenant = await getTenant(deps.db, input.tenantId);
      const items = await listPriceListItems(deps.db, { tenantId: input.tenantId });
      const disclosures = await disclosuresOf(deps.db, input.tenantId);
      const asOf = new Date(input.now).toLocaleDateString('en-US', { timeZone: tenant.settings.timeZone, month: 'long', day: 'numeric', year: 'numeric' });
      const facts = { organizationName: tenant.name, items, disclosures, asOf };
      const { channel, to } = delivery;
      const idempotencyKey = `price-list:${input.workflowId}:${channel}:${to}`;
      if (channel === 'text') await deps.sms.send({ tenantId: tenant.id, to, body: priceListText(facts), purpose: 'price_list', idempotencyKey });
      else await deps.email.send({ tenantId: tenant.id, to, ...priceListEmail(facts), purpose: 'price_list', idempotencyKey });
      return delivery;
    },

    /**
     * Answers a price question from the organization's General Price List and records every price
     * it returns as quoted on the call, once. Codes name items outright (a voice model may send them).
     */
    async quotePrices(input: { tenantId: string; callId: string; question: string; codes: string[]; now: string }): Promise<PriceLookup> {
      const list = await listPriceListItems(deps.db, { tenantId: input.tenantId });
      const found = findPrices(input.question, list);
      const named = list.filter((item) => input.codes.includes(item.code));
      const items = [...new Map([...named, ...found.items].map((item) => [item.code, item])).values()].map(
        ({ code, item, priceCents, startingPrice, description }): PriceListItem => ({ code, item, priceCents, startingPrice, description }),
      );
      await recordPriceQuotes(deps.db, { tenantId: input.tenantId, callId: input.callId, items, quotedAt: input.now });
      const disclosures = await disclosuresOf(deps.db, input.tenantId);
      return { items, notOnList: found.notOnList, noList: list.length === 0, disclosures };
    },
  };
}

/** What the organization says must go with its prices (the Funeral Rule's disclosures), if staff wrote it. */
async function disclosuresOf(db: Database, tenantId: string): Promise<string | null> {
  return (await listKnowledgeEntries(db, { tenantId })).find((entry) => entry.topic === 'price_list_disclosures')?.answer ?? null;
}
