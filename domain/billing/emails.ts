import type { EmailText } from '../team/emails.js';

const money = (cents: number, currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

/** The mail an organization's owners get when Stripe could not take a payment. */
export function paymentFailedEmail(input: { organizationName: string; amountDueCents: number; currency: string; invoiceUrl: string | null; billingLink: string }): EmailText {
  return {
    subject: `Payment failed for ${input.organizationName}`,
    body: [
      `We could not take the payment of ${money(input.amountDueCents, input.currency)} for ${input.organizationName}.`,
      '',
      ...(input.invoiceUrl ? [`Pay the invoice here: ${input.invoiceUrl}`, ''] : []),
      `Update the card or see your invoices on the billing page: ${input.billingLink}`,
      '',
      'Your phone line keeps answering calls in the meantime.',
    ].join('\n'),
  };
}
