import type { PublicServiceKind } from '../../domain/knowledge/organization-knowledge.js';
import type { Executor } from '../executor.js';

export type StoredPublicService = { id: string; name: string; kind: PublicServiceKind; startsAt: Date; place: string; published: boolean };
export type PublicServiceInput = { name: string; kind: PublicServiceKind; startsAt: string; place: string; published: boolean };

const COLUMNS = ['id', 'name', 'kind', 'starts_at', 'place', 'published'] as const;
type Row = { id: string; name: string; kind: string; starts_at: Date; place: string; published: boolean };
const toService = (row: Row): StoredPublicService => ({ id: row.id, name: row.name, kind: row.kind as PublicServiceKind, startsAt: row.starts_at, place: row.place, published: row.published });

/** Services from `from` on, soonest first; only published ones when the agent asks. */
export async function listPublicServices(db: Executor, input: { tenantId: string; from?: Date; publishedOnly?: boolean }): Promise<StoredPublicService[]> {
  let query = db.selectFrom('public_services').select(COLUMNS).where('tenant_id', '=', input.tenantId);
  if (input.from) query = query.where('starts_at', '>=', input.from);
  if (input.publishedOnly) query = query.where('published', '=', true);
  return (await query.orderBy('starts_at').limit(500).execute()).map(toService);
}

export async function findPublicService(db: Executor, input: { tenantId: string; id: string }): Promise<StoredPublicService | null> {
  const row = await db.selectFrom('public_services').select(COLUMNS).where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return row ? toService(row) : null;
}

export async function insertPublicService(db: Executor, input: { tenantId: string; service: PublicServiceInput }): Promise<StoredPublicService> {
  const { name, kind, startsAt, place, published } = input.service;
  const row = await db.insertInto('public_services').values({ tenant_id: input.tenantId, name, kind, starts_at: startsAt, place, published }).returning(COLUMNS).executeTakeFirstOrThrow();
  return toService(row);
}

export async function updatePublicService(db: Executor, input: { tenantId: string; id: string; service: PublicServiceInput }): Promise<StoredPublicService | null> {
  const { name, kind, startsAt, place, published } = input.service;
  const row = await db
    .updateTable('public_services')
    .set({ name, kind, starts_at: startsAt, place, published, updated_at: new Date() })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? toService(row) : null;
}

export async function deletePublicService(db: Executor, input: { tenantId: string; id: string }): Promise<boolean> {
  const result = await db.deleteFrom('public_services').where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
