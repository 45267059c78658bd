import type { Database } from '../../db/database.js';
import { insertSampleOrganizationData } from '../../devstack/sample-organization.js';
import type { Scenario } from './scenario-file.js';

/**
 * What staff would have entered for the scenario's organization: its price list, what the agent
 * knows, and the on-call rota; the calls README's defaults where the scenario gives none.
 */
export async function seedScenarioOrganization(db: Database, input: { tenantId: string; scenario: Scenario; instantOf: (local: string) => string }): Promise<void> {
  const { scenario } = input;
  await insertSampleOrganizationData(db, input.tenantId, {
    ...(scenario.price_list ? { prices: scenario.price_list.map((p) => ({ code: p.code, item: p.item, priceCents: p.price_cents, startingPrice: /-from$/.test(p.code), description: null })) } : {}),
    ...(scenario.knowledge ? { knowledge: scenario.knowledge } : {}),
    ...(scenario.on_call ? { rota: scenario.on_call } : {}),
    instantOf: input.instantOf,
  });
}
