import type { Database } from '../../db/database.js';
import { insertKnowledgeEntry } from '../../db/queries/knowledge-entries.js';
import { insertRotaEntry } from '../../db/queries/on-call-rota.js';
import { insertPriceListItem } from '../../db/queries/price-list.js';
import { insertPublicService } from '../../db/queries/public-services.js';
import type { KnowledgeTopic, PublicServiceKind } from '../../domain/knowledge/organization-knowledge.js';
import { PUBLIC_SERVICE_KINDS } from '../../domain/knowledge/organization-knowledge.js';
import { SAMPLE_KNOWLEDGE, SAMPLE_ROTA } from '../../domain/knowledge/sample-organization.js';
import { SAMPLE_PRICE_LIST } from '../../domain/prices/sample-price-list.js';
import type { Scenario } from './scenario-file.js';

/**
 * What staff would have entered for the scenario's organization: its price list, what the agent
 * knows, and the on-call rota; the calls README's defaults where the scenario gives none.
 */
export async function seedScenarioOrganization(db: Database, input: { tenantId: string; scenario: Scenario; instantOf: (local: string) => string }): Promise<void> {
  const { tenantId, scenario } = input;
  const prices = scenario.price_list?.map((p) => ({ code: p.code, item: p.item, priceCents: p.price_cents, startingPrice: /-from$/.test(p.code), description: null })) ?? SAMPLE_PRICE_LIST;
  for (const [position, item] of prices.entries()) await insertPriceListItem(db, { tenantId, item, position });
  const knowledge = { ...SAMPLE_KNOWLEDGE, ...scenario.knowledge };
  const topics: Array<[KnowledgeTopic, string | undefined]> = [
    ['address', knowledge.address],
    ['directions', knowledge.directions],
    ['parking', knowledge.parking],
    ['office_hours', knowledge.office_hours],
  ];
  for (const [topic, answer] of topics) {
    if (answer) await insertKnowledgeEntry(db, { tenantId, entry: { topic, question: null, answer } });
  }
  for (const service of knowledge.public_services ?? []) {
    const kind: PublicServiceKind = (PUBLIC_SERVICE_KINDS as readonly string[]).includes(service.kind) ? (service.kind as PublicServiceKind) : 'other';
    await insertPublicService(db, { tenantId, service: { name: service.name, kind, startsAt: input.instantOf(service.start), place: service.place, published: true } });
  }
  for (const [position, person] of (scenario.on_call ?? SAMPLE_ROTA).entries()) {
    await insertRotaEntry(db, { tenantId, entry: { name: person.name, phone: person.phone, role: person.role, weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '24:00' }, position });
  }
}
