import type { Database } from '../db/database.js';

export type QueuedEmail = { tenantId: string | null; to: string; subject: string; body: string; purpose: string };

/** The emails queued to this address, oldest first, as a mail provider would pick them up. */
export async function emailsTo(db: Database, to: string): Promise<QueuedEmail[]> {
  const rows = await db
    .selectFrom('email_outbox')
    .select(['tenant_id', 'to_email', 'subject', 'body', 'purpose'])
    .where('to_email', '=', to.toLowerCase())
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ tenantId: row.tenant_id, to: row.to_email, subject: row.subject, body: row.body, purpose: row.purpose }));
}

/** The token of the link to `${origin}${pathPrefix}<token>` in an email's body, as a person would click it. */
export function linkToken(email: QueuedEmail, origin: string, pathPrefix: string): string {
  const escaped = `${origin}${pathPrefix}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}([A-Za-z0-9_-]+)`).exec(email.body);
  if (!match) throw new Error(`no ${pathPrefix} link in: ${email.body}`);
  return match[1]!;
}

/** The newest email to this address with this purpose, and the token its link carries. */
export async function latestLink(db: Database, to: string, purpose: 'invitation' | 'password_reset', origin: string): Promise<{ email: QueuedEmail; token: string }> {
  const email = (await emailsTo(db, to)).filter((e) => e.purpose === purpose).at(-1);
  if (!email) throw new Error(`no ${purpose} email to ${to}`);
  return { email, token: linkToken(email, origin, purpose === 'invitation' ? '/invite/' : '/reset-password/') };
}
