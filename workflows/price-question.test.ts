import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPriceQuotes } from '../db/queries/call-price-quotes.js';
import { findCallByWorkflow } from '../db/queries/calls.js';
import { findPageOfCall } from '../db/queries/pages.js';
import type { CallTurn } from '../domain/extraction/call-turn.js';
import { runScenario } from '../simulation/scenarios/run-scenario.js';
import { scenarioSchema } from '../simulation/scenarios/scenario-file.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { CALL_KIND } from '../temporal/search-attributes.js';

// The FTC's Funeral Rule: a caller who asks about prices gets them by phone, without having to give
// a name or number first. Through the real call workflow, on the real database.
let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

const scenario = scenarioSchema.parse({
  name: 'price shopper',
  now: '2026-03-11T21:30',
  timezone: 'America/Chicago',
  price_list: [
    { code: 'direct-cremation', item: 'Direct cremation with an alternative container', price_cents: 174500 },
    { code: 'basic-services', item: 'Basic services of funeral director and staff', price_cents: 239000 },
  ],
  caller: ["Hi, what would a direct cremation cost with you?", "Thanks, that's all. Bye."],
});

async function callOf(lines: string[], from?: string) {
  const turns: CallTurn[] = [];
  const result = await runScenario({ ...harness, file: 'inline', scenario: { ...scenario, caller: lines, ...(from ? { from } : {}) }, onTurn: (turn) => turns.push(turn) });
  return { result, turns };
}

const agentLines = (turns: CallTurn[]) => turns.filter((turn) => turn.role === 'agent').map((turn) => turn.text);

describe('a price question', () => {
  it('is answered from the price list before any name or number is asked, and the quote is recorded', async () => {
    const { result, turns } = await callOf(scenario.caller);
    const asked = turns.findIndex((turn) => turn.role === 'caller');
    const answer = turns.slice(asked + 1).find((turn) => turn.role === 'agent');
    expect(answer?.text).toContain('$1,745');
    // Nothing the agent said before the price asks who is calling.
    const beforePrice = turns.slice(0, turns.indexOf(answer!)).filter((turn) => turn.role === 'agent');
    expect(beforePrice.some((turn) => /\bname\b|\bnumber\b/i.test(turn.text))).toBe(false);
    expect(answer!.text).not.toMatch(/your name|phone number/i);
    expect(result.prices_quoted).toEqual(['direct-cremation']);
    expect(result.booking).toBeNull();
    expect(result.page).toBe(false);
    expect(result.kind).toBe('price_question');
    // Ops find it in the Temporal UI by what it was about.
    expect((await harness.temporal.workflow.getHandle(result.workflow_id).describe()).typedSearchAttributes.get(CALL_KIND)).toBe('price_question');
    const call = await findCallByWorkflow(harness.db, { tenantId: (await tenantOf(result.workflow_id))!, workflowId: result.workflow_id });
    const quotes = await listPriceQuotes(harness.db, { tenantId: call!.tenantId, callId: call!.id });
    expect(quotes.map((q) => [q.code, q.priceCents])).toEqual([['direct-cremation', 174500]]);
    expect(await findPageOfCall(harness.db, { tenantId: call!.tenantId, callId: call!.id })).toBeNull();
  });

  it('never quotes a price that is not on the list', async () => {
    const { result, turns } = await callOf(['How much is a cemetery plot with you?', 'Okay, bye.']);
    const reply = turns.filter((turn) => turn.role === 'agent')[1]!;
    expect(reply.text).not.toMatch(/\$/);
    expect(reply.text).toMatch(/don't have a price for that/);
    expect(result.prices_quoted).toEqual([]);
  });
});

describe('the full price list', () => {
  it('is texted to the number calling when the caller takes up the offer, once, with every item', async () => {
    const { result, turns } = await callOf(['How much is a direct cremation?', 'Yes please, text it to me.', 'Thank you, bye.'], '+13125550161');
    expect(agentLines(turns).join(' ')).toContain("I've texted our full price list to the number you are calling from.");
    const tenantId = (await tenantOf(result.workflow_id))!;
    const texts = await harness.db.selectFrom('sms_outbox').select(['to_phone', 'body']).where('tenant_id', '=', tenantId).where('purpose', '=', 'price_list').execute();
    expect(texts).toHaveLength(1);
    expect(texts[0]!.to_phone).toBe('+13125550161');
    expect(texts[0]!.body).toContain('Direct cremation with an alternative container: $1,745');
    expect(texts[0]!.body).toContain('Basic services of funeral director and staff: $2,390');
  });

  it('is emailed to the address the caller gives, after the agent asks for it, without asking their name', async () => {
    const { result, turns } = await callOf(['Could you email me your price list?', "It's rosa dot lane at example dot com.", 'Thanks, goodbye.']);
    const said = agentLines(turns);
    expect(said.join(' ')).toContain('What email address should I send it to?');
    expect(said.join(' ')).toContain("I've emailed our full price list to rosa.lane@example.com.");
    expect(said.join(' ')).not.toMatch(/your name/i);
    const tenantId = (await tenantOf(result.workflow_id))!;
    const mail = await harness.db.selectFrom('email_outbox').select(['to_email', 'subject', 'body']).where('tenant_id', '=', tenantId).where('purpose', '=', 'price_list').execute();
    expect(mail).toEqual([expect.objectContaining({ to_email: 'rosa.lane@example.com', subject: expect.stringContaining('General Price List') })]);
    expect(mail[0]!.body).toContain('$1,745');
  });

  it('is not sent when the caller declines', async () => {
    const { result } = await callOf(['How much is a direct cremation?', "No, that's fine, thank you. Bye."], '+13125550162');
    const tenantId = (await tenantOf(result.workflow_id))!;
    expect(await harness.db.selectFrom('sms_outbox').select('id').where('tenant_id', '=', tenantId).where('purpose', '=', 'price_list').execute()).toEqual([]);
  });
});

async function tenantOf(workflowId: string): Promise<string | undefined> {
  const row = await harness.db.selectFrom('calls').select('tenant_id').where('workflow_id', '=', workflowId).executeTakeFirst();
  return row?.tenant_id;
}
