import { inspect } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CallTurn } from '../../domain/extraction/call-turn.js';
import { chatCompletion, openAiError, startFakeOpenAi, type FakeChatRequest } from '../../testing/fakes/openai-server.js';
import { createOpenAiCallerDetailsExtractor, isPermanentOpenAiError, OpenAiReplyError } from './openai-caller-details.js';

const API_KEY = 'sk-test-do-not-leak-4f2a9c';
const MODEL = 'gpt-4o-mini-2024-07-18';

const TURNS: CallTurn[] = [
  { role: 'agent', text: 'Thank you for calling Evergreen Funeral Home. May I have your name?' },
  { role: 'caller', text: "This is Sarah Williams. My father\npassed away last night." },
  { role: 'agent', text: 'I am so sorry. What is the best number to reach you?' },
  { role: 'caller', text: "This number is fine. We're thinking of a burial." },
];

const GOOD_REPLY = {
  callerName: 'Sarah Williams',
  phone: '(555) 123-4567',
  email: 'Sarah.Williams@Example.COM',
  deceasedName: 'Robert Williams',
  relationship: 'child',
  serviceType: 'burial',
};

function refusal(request: FakeChatRequest) {
  return { status: 200, body: chatCompletion(request.model, { content: null, refusal: "I'm sorry, I can't help with that." }) };
}

async function extractorAgainst(reply: (request: FakeChatRequest) => unknown) {
  const fake = await startFakeOpenAi({ reply });
  onTestFinished(() => fake.close());
  const extract = createOpenAiCallerDetailsExtractor({ apiKey: API_KEY, baseURL: fake.baseURL, model: MODEL });
  return { fake, extract };
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the extraction to fail'),
    (error: unknown) => error,
  );
}

describe('createOpenAiCallerDetailsExtractor', () => {
  it('turns a well-formed reply into caller details with the phone in E.164 and the email lower-cased', async () => {
    const { extract } = await extractorAgainst(() => GOOD_REPLY);

    await expect(extract(TURNS, { callerId: null })).resolves.toEqual({
      callerName: 'Sarah Williams',
      phone: '+15551234567',
      email: 'sarah.williams@example.com',
      deceasedName: 'Robert Williams',
      relationship: 'child',
      serviceType: 'burial',
    });
  });

  it('asks with the key, the model, the labelled transcript and a strict JSON schema response format', async () => {
    const { fake, extract } = await extractorAgainst(() => GOOD_REPLY);
    await extract(TURNS, { callerId: '555.987.6543' });

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body.model).toBe(MODEL);

    const format = request?.body.response_format;
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.name).toBe('caller_details');
    const schema = format.json_schema.schema;
    expect(schema.additionalProperties).toBe(false);
    expect([...schema.required].sort()).toEqual(['callerName', 'deceasedName', 'email', 'phone', 'relationship', 'serviceType']);
    expect(schema.properties.relationship.anyOf).toContainEqual({ type: 'string', enum: expect.arrayContaining(['self', 'professional', 'other_family']) });
    expect(schema.properties.relationship.anyOf).toContainEqual({ type: 'null' });

    const [system, user] = request?.body.messages ?? [];
    expect(system.role).toBe('system');
    expect(system.content).toMatch(/CALLER's relation to the deceased/);
    expect(user.role).toBe('user');
    expect(user.content).toContain('Caller ID: +15559876543');
    expect(user.content).toContain('Agent: I am so sorry. What is the best number to reach you?');
    // The line break said inside a turn must not start a line of its own.
    expect(user.content).toContain('Caller: This is Sarah Williams. My father passed away last night.');
  });

  it('lets the caller ID stand in when the reply has no usable phone, and leaves the phone null without one', async () => {
    const noPhone = await extractorAgainst(() => ({ ...GOOD_REPLY, phone: null }));
    await expect(noPhone.extract(TURNS, { callerId: '(555) 987-6543' })).resolves.toMatchObject({ phone: '+15559876543' });
    await expect(noPhone.extract(TURNS, { callerId: null })).resolves.toMatchObject({ phone: null });

    const notANumber = await extractorAgainst(() => ({ ...GOOD_REPLY, phone: '12' }));
    await expect(notANumber.extract(TURNS, { callerId: null })).resolves.toMatchObject({ phone: null });
  });

  it('reads blank strings as not said', async () => {
    const { extract } = await extractorAgainst(() => ({ ...GOOD_REPLY, callerName: '  ', email: '' }));
    await expect(extract(TURNS, { callerId: null })).resolves.toMatchObject({ callerName: null, email: null });
  });
});

describe('failures', () => {
  it.each([400, 401, 403, 404])('treats a %i as permanent, without leaking the API key', async (status) => {
    const { fake, extract } = await extractorAgainst(() => openAiError(status, 'Incorrect API key provided', 'invalid_api_key'));

    const error = await failureOf(extract(TURNS, { callerId: null }));

    expect(isPermanentOpenAiError(error)).toBe(true);
    expect(fake.requests).toHaveLength(1);
    expect(inspect(error, { depth: 10 })).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });

  it.each([429, 500, 503])('treats a %i as retryable and leaves the retrying to Temporal', async (status) => {
    const { fake, extract } = await extractorAgainst(() => openAiError(status, 'try again later'));

    const error = await failureOf(extract(TURNS, { callerId: null }));

    expect(isPermanentOpenAiError(error)).toBe(false);
    // The SDK's own retries are off: one attempt per activity attempt.
    expect(fake.requests).toHaveLength(1);
  });

  it('treats an unreachable server as retryable', async () => {
    const fake = await startFakeOpenAi({ reply: () => GOOD_REPLY });
    await fake.close();
    const extract = createOpenAiCallerDetailsExtractor({ apiKey: API_KEY, baseURL: fake.baseURL, model: MODEL, timeoutMs: 2_000 });

    const error = await failureOf(extract(TURNS, { callerId: null }));

    expect(isPermanentOpenAiError(error)).toBe(false);
  });

  const UNUSABLE_REPLIES: Array<[string, (request: FakeChatRequest) => unknown]> = [
    ['a relationship outside the schema', () => ({ ...GOOD_REPLY, relationship: 'cousin-ish' })],
    ['content that is not JSON', (request) => ({ status: 200, body: chatCompletion(request.model, { content: 'Sarah, child, burial' }) })],
    // Passes the model's schema, fails the final check after normalising.
    ['an email that is no address', () => ({ ...GOOD_REPLY, email: 'sarah at example' })],
    ['a refusal', refusal],
  ];

  it.each(UNUSABLE_REPLIES)('rejects a reply with %s as permanent', async (_label, reply) => {
    const { extract } = await extractorAgainst(reply);

    const error = await failureOf(extract(TURNS, { callerId: null }));

    expect(error).toBeInstanceOf(OpenAiReplyError);
    expect(isPermanentOpenAiError(error)).toBe(true);
  });

  it('says what the model refused', async () => {
    const { extract } = await extractorAgainst(refusal);

    await expect(extract(TURNS, { callerId: null })).rejects.toThrow(/refused.*I can't help with that/);
  });

  it('does not count errors it does not know as permanent', () => {
    expect(isPermanentOpenAiError(new Error('socket hang up'))).toBe(false);
  });
});
