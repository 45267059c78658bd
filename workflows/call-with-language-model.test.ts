import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiCallerDetailsExtractor } from '../activities/extraction/openai-caller-details.js';
import { runSimulatedCall } from '../simulation/simulated-call.js';
import { findContact } from '../db/queries/contacts.js';
import { insertTenant } from '../db/queries/tenants.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { CALL_OUTCOME, CALLER_PHONE, TENANT_ID } from '../temporal/search-attributes.js';
import { openAiError, startFakeOpenAi, type FakeOpenAi } from '../testing/fakes/openai-server.js';
import { startWorkerHarness } from '../testing/worker-harness.js';

// With a language model configured, the call workflow's extraction goes through the OpenAI SDK (here
// to a local fake speaking its protocol); when the model refuses service, the offline extractor
// answers and the call goes on.
const ZONE = 'America/Chicago';
let answer: 'details' | 'unauthorized' = 'details';
let fake: FakeOpenAi;
let harness: Awaited<ReturnType<typeof startWorkerHarness>>;

beforeAll(async () => {
  fake = await startFakeOpenAi({
    reply: () =>
      answer === 'unauthorized'
        ? openAiError(401, 'Incorrect API key provided')
        : { callerName: 'Helen Marsh', phone: '(312) 555-0142', email: null, deceasedName: 'Walter Marsh', relationship: 'spouse', serviceType: 'burial' },
  });
  const modelExtractor = createOpenAiCallerDetailsExtractor({ apiKey: 'sk-test-key', baseURL: fake.baseURL, model: 'gpt-test' });
  harness = await startWorkerHarness({ deps: { modelExtractor } });
});
afterAll(async () => {
  await harness.stop();
  await fake.close();
});

async function call(lines: string[]) {
  const tenant = await insertTenant(harness.db, { name: 'Model Chapel', slug: `model-${Date.now()}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
  const done = await runSimulatedCall({
    temporal: harness.temporal,
    taskQueue: harness.taskQueue,
    call: { tenantId: tenant.id, callSid: `MODEL${Date.now()}`, fromPhone: '+13125550142', referenceTime: localToInstant('2026-07-08T09:00', ZONE)!, timeZone: ZONE },
    greeting: 'Model Chapel, how can I help?',
    callerLines: lines,
  });
  return { tenant, done };
}

describe('a call with a language model configured', () => {
  it('reads the caller through the model and records tenant, caller phone and outcome for the Temporal UI', async () => {
    answer = 'details';
    const before = fake.requests.length;
    const { tenant, done } = await call(["Hello, it's Helen. My husband Walter died on Sunday and I'd like his burial this Friday at 10 AM."]);
    expect(fake.requests.length).toBeGreaterThan(before);
    expect(fake.requests.at(-1)!.headers.authorization).toBe('Bearer sk-test-key');
    const contact = await findContact(harness.db, { tenantId: tenant.id, id: done.summary.contactId! });
    expect(contact).toMatchObject({ name: 'Helen Marsh', deceasedName: 'Walter Marsh', relationship: 'spouse', phone: '+13125550142' });
    expect(done.summary).toMatchObject({ outcome: 'booked', booking: { service: 'burial', localStart: '2026-07-10T10:00' } });

    const description = await harness.temporal.workflow.getHandle(done.workflowId).describe();
    expect(description.typedSearchAttributes.get(TENANT_ID)).toBe(tenant.id);
    expect(description.typedSearchAttributes.get(CALLER_PHONE)).toBe('+13125550142');
    expect(description.typedSearchAttributes.get(CALL_OUTCOME)).toBe('booked');
  });

  it('falls back to the offline extractor when the model refuses the key', async () => {
    answer = 'unauthorized';
    const { tenant, done } = await call(['This is Oscar Webb. My mother passed away yesterday and I would like to arrange a cremation.']);
    const contact = await findContact(harness.db, { tenantId: tenant.id, id: done.summary.contactId! });
    expect(contact).toMatchObject({ name: 'Oscar Webb', relationship: 'child', serviceType: 'cremation' });
  });
});
