import twilio from 'twilio';
import type { Database } from '../../db/database.js';
import { enqueueSms, findOutboxRow, markOutboxSending, markOutboxSent, markOutboxUnsent, type OutboxRow } from '../../db/queries/sms-outbox.js';
import { findSendingNumber, isOptedOut } from '../../db/queries/texts-in.js';
import type { SmsSender } from './sms-sender.js';

type TwilioClient = ReturnType<typeof twilio>;

export type TwilioSmsConfig = {
  accountSid: string;
  authToken: string;
  /**
   * A Messaging Service sends from the numbers its pool holds; without one, a text goes from the
   * organization's own number (so a family's reply reaches it), or else from `fromNumber`.
   */
  messagingServiceSid: string | null;
  fromNumber: string | null;
  /** Twilio's API, or a server speaking it (a test's); unset: api.twilio.com. */
  apiBase: string | null;
  /** Where Twilio reports delivery (POST /twilio/sms-status on the API); null: no reports. */
  statusCallbackUrl: string | null;
};

/** The twilio SDK, its requests sent to `apiBase` instead of api.twilio.com when one is given. */
export function createTwilioClient(config: Pick<TwilioSmsConfig, 'accountSid' | 'authToken' | 'apiBase'>): TwilioClient {
  if (!config.apiBase) return twilio(config.accountSid, config.authToken);
  const base = config.apiBase.replace(/\/$/, '');
  class ElsewhereClient extends twilio.RequestClient {
    override request<TData>(opts: Parameters<twilio.RequestClient['request']>[0]) {
      return super.request<TData>({ ...opts, uri: opts.uri.replace(/^https:\/\/[a-z0-9.-]*twilio\.com/, base) } as typeof opts & { data?: TData });
    }
  }
  return twilio(config.accountSid, config.authToken, { httpClient: new ElsewhereClient() });
}

/** A message Twilio already took for this row: sent before a crash, before its sid was kept. */
async function alreadyAtTwilio(client: TwilioClient, row: OutboxRow): Promise<string | null> {
  if (!row.sendingAt) return null;
  const since = row.sendingAt.getTime() - 60_000;
  const sent = await client.messages.list({ to: row.toPhone, dateSentAfter: new Date(since), limit: 50 });
  return sent.find((message) => message.body === row.body && (message.dateCreated?.getTime() ?? 0) >= since)?.sid ?? null;
}

/**
 * Texts through Twilio's Messages API, each outbox row once: the row is written first (as the
 * outbox sender does), the attempt marked, and a retry after a crash asks Twilio whether the text
 * went before sending it again. A number that replied STOP gets nothing.
 */
export function createTwilioSmsSender(db: Database, config: TwilioSmsConfig): SmsSender {
  const client = createTwilioClient(config);
  return {
    async send(message) {
      const queued = await enqueueSms(db, { tenantId: message.tenantId, toPhone: message.to, body: message.body, purpose: message.purpose, idempotencyKey: message.idempotencyKey });
      const row = await findOutboxRow(db, queued.id);
      if (!row || row.providerSid || row.status === 'suppressed' || row.status === 'failed') return { messageId: queued.id };
      if (await isOptedOut(db, { tenantId: row.tenantId, phone: row.toPhone })) {
        await markOutboxUnsent(db, { id: row.id, status: 'suppressed', detail: 'The number replied STOP.' });
        return { messageId: row.id };
      }
      const earlier = await alreadyAtTwilio(client, row);
      if (earlier) {
        await markOutboxSent(db, { id: row.id, providerSid: earlier });
        return { messageId: row.id };
      }
      const ownNumber = config.messagingServiceSid ? null : await findSendingNumber(db, row.tenantId);
      const fromNumber = ownNumber ?? config.fromNumber;
      const from = config.messagingServiceSid ? { messagingServiceSid: config.messagingServiceSid } : fromNumber ? { from: fromNumber } : null;
      if (!from) {
        await markOutboxUnsent(db, { id: row.id, status: 'failed', detail: 'No Twilio number or Messaging Service to send from.' });
        return { messageId: row.id };
      }
      await markOutboxSending(db, row.id, new Date());
      const sent = await client.messages.create({ to: row.toPhone, body: row.body, ...from, ...(config.statusCallbackUrl ? { statusCallback: config.statusCallbackUrl } : {}) });
      await markOutboxSent(db, { id: row.id, providerSid: sent.sid });
      return { messageId: row.id };
    },
  };
}
