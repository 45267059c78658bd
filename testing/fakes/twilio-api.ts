import { randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readForm } from './read-form.js';

export type FakeTwilioMessage = { sid: string; to: string; from: string | null; messagingServiceSid: string | null; body: string; statusCallback: string | null; dateCreated: Date };

export type FakeTwilioApi = {
  /** Where the SDK is pointed instead of https://api.twilio.com. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** Every message accepted, in order: what a family would have received. */
  messages: FakeTwilioMessage[];
  /** Every live call redirected (calls(sid).update), in order, with the TwiML it was given. */
  callUpdates: Array<{ callSid: string; twiml: string }>;
  /** The next `count` creates fail as Twilio does when it is down (500), or accept and then drop the connection. */
  failNext(count: number, how: 'error' | 'accept-then-drop'): void;
  stop(): Promise<void>;
};


const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

const resource = (accountSid: string, message: FakeTwilioMessage) => ({
  sid: message.sid,
  account_sid: accountSid,
  to: message.to,
  from: message.from,
  messaging_service_sid: message.messagingServiceSid,
  body: message.body,
  status: 'queued',
  num_segments: '1',
  direction: 'outbound-api',
  date_created: message.dateCreated.toUTCString(),
  date_sent: message.dateCreated.toUTCString(),
  date_updated: message.dateCreated.toUTCString(),
  uri: `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}.json`,
});

/**
 * Twilio's Messages API as the twilio SDK speaks it (form-encoded creates, JSON pages, HTTP Basic
 * with the account sid and auth token), on 127.0.0.1, keeping what it was asked to send.
 */
export async function startFakeTwilioApi(): Promise<FakeTwilioApi> {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const authToken = randomBytes(16).toString('hex');
  const messages: FakeTwilioMessage[] = [];
  const failures: Array<'error' | 'accept-then-drop'> = [];
  const path = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  const callUpdates: Array<{ callSid: string; twiml: string }> = [];
  const callPath = new RegExp(`^/2010-04-01/Accounts/${accountSid}/Calls/(CA[0-9a-f]{32})\\.json$`);

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.headers.authorization !== `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`) {
      return json(response, 401, { code: 20003, message: 'Authenticate', status: 401 });
    }
    const callSid = callPath.exec(url.pathname)?.[1];
    if (callSid && request.method === 'POST') {
      const twiml = (await readForm(request)).get('Twiml');
      if (!twiml) return json(response, 400, { code: 21205, message: 'Url or Twiml is required', status: 400 });
      callUpdates.push({ callSid, twiml });
      return json(response, 200, { sid: callSid, account_sid: accountSid, status: 'in-progress', uri: `/2010-04-01/Accounts/${accountSid}/Calls/${callSid}.json` });
    }
    if (url.pathname !== path) return json(response, 404, { code: 20404, message: 'The requested resource was not found', status: 404 });
    if (request.method === 'POST') {
      const form = await readForm(request);
      const failure = failures.shift();
      if (failure === 'error') return json(response, 500, { code: 20500, message: 'Internal Server Error', status: 500 });
      const to = form.get('To');
      const body = form.get('Body');
      if (!to || !body || (!form.get('From') && !form.get('MessagingServiceSid'))) return json(response, 400, { code: 21604, message: "A 'To', 'Body' and 'From' or 'MessagingServiceSid' are required.", status: 400 });
      const message: FakeTwilioMessage = { sid: `SM${randomBytes(16).toString('hex')}`, to, from: form.get('From'), messagingServiceSid: form.get('MessagingServiceSid'), body, statusCallback: form.get('StatusCallback'), dateCreated: new Date() };
      messages.push(message);
      // Twilio has the message; the answer never reaches the sender.
      if (failure === 'accept-then-drop') return request.socket.destroy();
      return json(response, 201, resource(accountSid, message));
    }
    if (request.method === 'GET') {
      const to = url.searchParams.get('To');
      const after = url.searchParams.get('DateSent>');
      const found = messages.filter((m) => (!to || m.to === to) && (!after || m.dateCreated.getTime() >= Date.parse(after) - 86_400_000));
      return json(response, 200, {
        messages: found.map((m) => resource(accountSid, m)),
        first_page_uri: `${path}?PageSize=50&Page=0`,
        next_page_uri: null,
        previous_page_uri: null,
        page: 0,
        page_size: 50,
        start: 0,
        end: found.length,
        uri: `${path}?PageSize=50&Page=0`,
      });
    }
    json(response, 405, { code: 20004, message: 'Method not allowed', status: 405 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    messages,
    callUpdates,
    failNext: (count, how) => failures.push(...Array.from({ length: count }, () => how)),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
