import twilio from 'twilio';
import { AppError } from '../domain/app-error.js';
import type { TwilioWebhookDeps } from './app-deps.js';

/**
 * Admits a request only if Twilio signed it: the signature covers the exact public URL Twilio
 * called (scheme, host, path, query) and every form field, so a proxy's internal address, a
 * changed field or a request from anyone else fails.
 */
export function verifyTwilioRequest(
  config: TwilioWebhookDeps | null,
  request: { pathAndQuery: string; signature: string | undefined; params: Record<string, string> },
): void {
  if (!config) throw new AppError('dependency_unavailable', 'Twilio webhooks are not configured here (TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL).');
  const url = `${config.publicBaseUrl}${request.pathAndQuery}`;
  if (!request.signature || !twilio.validateRequest(config.authToken, request.signature, url, request.params)) {
    throw new AppError('forbidden', 'The request is not signed by Twilio for this address.');
  }
}
