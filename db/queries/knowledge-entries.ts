import type { KnowledgeEntry, KnowledgeTopic } from '../../domain/knowledge/organization-knowledge.js';
import type { Executor } from '../executor.js';

export type StoredKnowledgeEntry = KnowledgeEntry & { id: string; updatedAt: Date };

const COLUMNS = ['id', 'topic', 'question', 'answer', 'updated_at'] as const;
type Row = { id: string; topic: string; question: string | null; answer: string; updated_at: Date };
const toEntry = (row: Row): StoredKnowledgeEntry => ({ id: row.id, topic: row.topic as KnowledgeTopic, question: row.question, answer: row.answer, updatedAt: row.updated_at });

/** What staff have told the agent, by topic. */
export async function listKnowledgeEntries(db: Executor, input: { tenantId: string }): Promise<StoredKnowledgeEntry[]> {
  const rows = await db.selectFrom('knowledge_entries').select(COLUMNS).where('tenant_id', '=', input.tenantId).orderBy('topic').orderBy('created_at').execute();
  return rows.map(toEntry);
}

export async function findKnowledgeEntry(db: Executor, input: { tenantId: string; id: string }): Promise<StoredKnowledgeEntry | null> {
  const row = await db.selectFrom('knowledge_entries').select(COLUMNS).where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return row ? toEntry(row) : null;
}

/** A second answer for a topic other than 'other' is a unique violation: each topic has one answer. */
export async function insertKnowledgeEntry(db: Executor, input: { tenantId: string; entry: KnowledgeEntry }): Promise<StoredKnowledgeEntry> {
  const row = await db
    .insertInto('knowledge_entries')
    .values({ tenant_id: input.tenantId, topic: input.entry.topic, question: input.entry.question, answer: input.entry.answer })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toEntry(row);
}

export async function updateKnowledgeEntry(db: Executor, input: { tenantId: string; id: string; entry: KnowledgeEntry }): Promise<StoredKnowledgeEntry | null> {
  const row = await db
    .updateTable('knowledge_entries')
    .set({ topic: input.entry.topic, question: input.entry.question, answer: input.entry.answer, updated_at: new Date() })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

export async function deleteKnowledgeEntry(db: Executor, input: { tenantId: string; id: string }): Promise<boolean> {
  const result = await db.deleteFrom('knowledge_entries').where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
