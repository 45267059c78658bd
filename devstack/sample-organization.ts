import type { Database } from '../db/database.js';
import { insertKnowledgeEntry } from '../db/queries/knowledge-entries.js';
import { insertRotaEntry } from '../db/queries/on-call-rota.js';
import { insertPriceListItem } from '../db/queries/price-list.js';
import { insertPublicService } from '../db/queries/public-services.js';
import { PUBLIC_SERVICE_KINDS, type KnowledgeTopic, type PublicServiceKind } from '../domain/knowledge/organization-knowledge.js';
import { SAMPLE_KNOWLEDGE, SAMPLE_ROTA } from '../domain/knowledge/sample-organization.js';
import type { RotaRole } from '../domain/paging/on-call-rota.js';
import type { PriceListItem } from '../domain/prices/price-list.js';
import { SAMPLE_PRICE_LIST } from '../domain/prices/sample-price-list.js';

export type SampleOrganization = {
  prices?: readonly PriceListItem[];
  knowledge?: typeof SAMPLE_KNOWLEDGE;
  rota?: ReadonlyArray<{ name: string; phone: string; role: RotaRole }>;
  /** Local 'YYYY-MM-DDTHH:MM' of a published service to its instant. */
  instantOf: (local: string) => string;
};

/**
 * What staff of a new demo organization would have entered: a price list, what the agent knows,
 * an on-call rota. The sample ones unless given.
 */
export async function insertSampleOrganizationData(db: Database, tenantId: string, sample: SampleOrganization): Promise<void> {
  for (const [position, item] of (sample.prices ?? SAMPLE_PRICE_LIST).entries()) await insertPriceListItem(db, { tenantId, item, position });
  const knowledge = { ...SAMPLE_KNOWLEDGE, ...sample.knowledge };
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
    await insertPublicService(db, { tenantId, service: { name: service.name, kind, startsAt: sample.instantOf(service.start), place: service.place, published: true } });
  }
  for (const [position, person] of (sample.rota ?? SAMPLE_ROTA).entries()) {
    await insertRotaEntry(db, { tenantId, entry: { name: person.name, phone: person.phone, role: person.role, weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '24:00' }, position });
  }
}
