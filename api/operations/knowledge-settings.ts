import { AppError } from '../../domain/app-error.js';
import { deleteKnowledgeEntry, findKnowledgeEntry, insertKnowledgeEntry, listKnowledgeEntries, updateKnowledgeEntry, type StoredKnowledgeEntry } from '../../db/queries/knowledge-entries.js';
import { deletePublicService, findPublicService, insertPublicService, listPublicServices, updatePublicService, type StoredPublicService } from '../../db/queries/public-services.js';
import { getTenant } from '../../db/queries/tenants.js';
import type { Tx } from '../../db/executor.js';
import { localToInstant } from '../../domain/dates/zoned-time.js';
import type { KnowledgeEntry, PublicServiceForm } from '../../domain/knowledge/organization-knowledge.js';
import { settingsList } from './settings-list.js';

const TOPIC_WORDS: Record<string, string> = {
  address: 'the address',
  directions: 'directions',
  parking: 'parking',
  office_hours: 'office hours',
  price_list_disclosures: 'the price list disclosures',
};

/** What the agent answers about the organization (address, parking, …), one answer per topic. */
export const knowledgeEntries = settingsList<KnowledgeEntry, StoredKnowledgeEntry>({
  audit: 'knowledge',
  noun: 'answer',
  list: (tx, tenantId) => listKnowledgeEntries(tx, { tenantId }),
  find: (tx, tenantId, id) => findKnowledgeEntry(tx, { tenantId, id }),
  insert: (tx, tenantId, entry) => insertKnowledgeEntry(tx, { tenantId, entry }),
  update: (tx, tenantId, id, entry) => updateKnowledgeEntry(tx, { tenantId, id, entry }),
  remove: (tx, tenantId, id) => deleteKnowledgeEntry(tx, { tenantId, id }),
  describe: (entry) => ({ topic: entry.topic, question: entry.question }),
  unique: {
    constraint: 'knowledge_entries_topic_key',
    conflict: (entry) => new AppError('conflict', `There is already an answer about ${TOPIC_WORDS[entry.topic] ?? entry.topic}; edit that one instead.`, { issues: [{ path: 'topic', message: 'already has an answer' }] }),
  },
});

async function toStored(tx: Tx, tenantId: string, form: PublicServiceForm) {
  const { timeZone } = (await getTenant(tx, tenantId)).settings;
  const startsAt = localToInstant(form.localStart, timeZone);
  if (!startsAt) {
    // The hour skipped when clocks go forward.
    throw new AppError('invalid_input', `${form.localStart.replace('T', ' ')} does not exist in ${timeZone} (the clocks skip it); choose another time.`, {
      issues: [{ path: 'localStart', message: 'is a time the clocks skip' }],
    });
  }
  const { localStart: _local, ...rest } = form;
  return { ...rest, startsAt };
}

/** Visitations and funerals the family agreed to publish, which the agent tells callers about. */
export const publicServices = settingsList<PublicServiceForm, StoredPublicService>({
  audit: 'public_service',
  noun: 'public service',
  list: (tx, tenantId) => listPublicServices(tx, { tenantId }),
  find: (tx, tenantId, id) => findPublicService(tx, { tenantId, id }),
  insert: async (tx, tenantId, form) => insertPublicService(tx, { tenantId, service: await toStored(tx, tenantId, form) }),
  update: async (tx, tenantId, id, form) => updatePublicService(tx, { tenantId, id, service: await toStored(tx, tenantId, form) }),
  remove: (tx, tenantId, id) => deletePublicService(tx, { tenantId, id }),
  describe: (service) => ({ name: service.name, kind: service.kind, startsAt: service.startsAt.toISOString(), published: service.published }),
});
