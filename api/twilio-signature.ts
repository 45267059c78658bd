import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import twilio from 'twilio';
import { AppError } from '../domain/app-error.js';
import type { AppDeps, TwilioWebhookDeps } from './app-deps.js';
import { issuesFromZod } from './errors.js';

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

/** The form Twilio posted, once its signature over the public URL and every field is checked. */
export async function signedForm<S extends z.ZodType>(deps: AppDeps, c: Context, schema: S, what: string): Promise<z.output<S>> {
  const form = await c.req.parseBody();
  const params = Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const url = new URL(c.req.url);
  verifyTwilioRequest(deps.twilio, { pathAndQuery: `${url.pathname}${url.search}`, signature: c.req.header('x-twilio-signature'), params });
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError('invalid_input', `Twilio sent ${what} without the fields it always sends.`, { issues: issuesFromZod(parsed.error) });
  return parsed.data;
}

