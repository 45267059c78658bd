import { randomInt } from 'node:crypto';
import twilio from 'twilio';
import type { Database } from '../db/database.js';
import { addOrganizationNumber } from '../db/queries/texts-in.js';
import { createOrganizationWithMember } from './organizations.js';
import { TEST_PUBLIC_BASE_URL, TEST_TWILIO_AUTH_TOKEN } from './api-harness.js';

type RequestingApp = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** Posts a form as Twilio does: form-encoded, signed with the account's token over the public URL. */
export async function postAsTwilio(app: RequestingApp, path: string, params: Record<string, string>, options: { token?: string; sign?: boolean } = {}) {
  const signature = twilio.getExpectedTwilioSignature(options.token ?? TEST_TWILIO_AUTH_TOKEN, `${TEST_PUBLIC_BASE_URL}${path}`, params);
  const response = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(options.sign === false ? {} : { 'x-twilio-signature': signature }) },
    body: new URLSearchParams(params).toString(),
  });
  return { response, text: await response.text() };
}

/** A new organization with a Twilio number of its own, which calls and texts reach it by. */
export async function organizationWithNumber(db: Database): Promise<{ tenantId: string; number: string }> {
  const { tenant } = await createOrganizationWithMember(db, { name: 'Evergreen Chapel' });
  const number = `+1312${String(randomInt(2_000_000, 9_999_999))}`;
  await addOrganizationNumber(db, { tenantId: tenant.id, phone: number });
  return { tenantId: tenant.id, number };
}
