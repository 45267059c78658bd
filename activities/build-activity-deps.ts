import type { Logger } from '../config/logger.js';
import type { Database } from '../db/database.js';
import { createOpenAiCallerDetailsExtractor, isPermanentOpenAiError } from './extraction/openai-caller-details.js';
import type { ActivityDeps } from './index.js';
import { DEFAULT_WEB_ORIGIN } from '../config/env-fields.js';
import { createOutboxSmsSender } from './sms/outbox-sms-sender.js';
import { createTwilioSmsSender, type TwilioSmsConfig } from './sms/twilio-sms-sender.js';
import { createTwilioLine, type TwilioLineConfig } from './telephony/live-call-line.js';
import { createOutboxEmailSender } from './email/outbox-email-sender.js';

/** The activities' dependencies from configuration: a language model only when a key is set. */
export function buildActivityDeps(options: {
  db: Database;
  logger: Logger;
  openai: { apiKey: string | undefined; baseURL: string | undefined; model: string };
  /** The staff UI's origin, for page links; the local default when unset. */
  webOrigin?: string;
  /** Twilio sending; null or unset keeps texts in the outbox. */
  twilio?: TwilioSmsConfig | null;
  /** Twilio's call updates, to put live callers through to a person; null or unset: nobody is put through. */
  twilioLine?: TwilioLineConfig | null;
}): ActivityDeps {
  const { apiKey, baseURL, model } = options.openai;
  return {
    db: options.db,
    logger: options.logger,
    sms: options.twilio ? createTwilioSmsSender(options.db, options.twilio) : createOutboxSmsSender(options.db),
    email: createOutboxEmailSender(options.db),
    modelExtractor: apiKey ? createOpenAiCallerDetailsExtractor({ apiKey, model, ...(baseURL ? { baseURL } : {}) }) : null,
    isPermanentModelError: isPermanentOpenAiError,
    webOrigin: options.webOrigin ?? DEFAULT_WEB_ORIGIN,
    line: options.twilioLine ? createTwilioLine(options.twilioLine) : null,
  };
}
