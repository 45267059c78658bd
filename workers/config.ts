import { z } from 'zod';
import { DEFAULT_WEB_ORIGIN, logFields, openaiFields, temporalFields, twilioSendingFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import type { TwilioSmsConfig } from '../activities/sms/twilio-sms-sender.js';
import type { TwilioLineConfig } from '../activities/telephony/live-call-line.js';

export const workerConfigSchema = z.object({
  ...logFields,
  ...temporalFields,
  ...openaiFields,
  ...twilioSendingFields,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  TEMPORAL_ADDRESS: z.string().min(1),
  /** The staff UI, which the links in pages to the director on call open. */
  WEB_ORIGIN: z.url().default(DEFAULT_WEB_ORIGIN),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

/** Twilio sending as configured, or null: texts stay in the outbox. */
export function twilioSendingFrom(config: WorkerConfig): TwilioSmsConfig | null {
  if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_AUTH_TOKEN) return null;
  return {
    accountSid: config.TWILIO_ACCOUNT_SID,
    authToken: config.TWILIO_AUTH_TOKEN,
    messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID ?? null,
    fromNumber: config.TWILIO_FROM_NUMBER ?? null,
    apiBase: config.TWILIO_API_BASE ?? null,
    statusCallbackUrl: config.PUBLIC_BASE_URL ? `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}/twilio/sms-status` : null,
  };
}

/** Twilio's call updates when Twilio is configured and reaches the API at PUBLIC_BASE_URL; else null. */
export function twilioLineFrom(config: WorkerConfig): TwilioLineConfig | null {
  const sending = twilioSendingFrom(config);
  if (!sending || !config.PUBLIC_BASE_URL) return null;
  return { accountSid: sending.accountSid, authToken: sending.authToken, apiBase: sending.apiBase, dialEndedUrl: `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}/twilio/transfer-status` };
}

export const loadWorkerConfig = (): WorkerConfig => loadConfig(workerConfigSchema);
