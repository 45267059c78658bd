import { formatClock } from '../../domain/dates/clock.js';
import { rotaMinute, type RotaEntry, type RotaRole } from '../../domain/paging/on-call-rota.js';
import type { Executor } from '../executor.js';

export type StoredRotaEntry = RotaEntry & { id: string; position: number };

const COLUMNS = ['id', 'name', 'phone_e164', 'role', 'weekdays', 'start_minute', 'end_minute', 'position'] as const;
type Row = { id: string; name: string; phone_e164: string; role: string; weekdays: number[]; start_minute: number; end_minute: number; position: number };

const toEntry = (row: Row): StoredRotaEntry => ({
  id: row.id,
  name: row.name,
  phone: row.phone_e164,
  role: row.role as RotaRole,
  weekdays: row.weekdays,
  from: formatClock(row.start_minute),
  until: formatClock(row.end_minute),
  position: row.position,
});
const toValues = (entry: RotaEntry) => ({
  name: entry.name,
  phone_e164: entry.phone,
  role: entry.role,
  weekdays: entry.weekdays,
  start_minute: rotaMinute(entry.from),
  end_minute: rotaMinute(entry.until),
});

/** The rota in the order pages go: primary, backup, owner, each by position. */
export async function listRota(db: Executor, input: { tenantId: string }): Promise<StoredRotaEntry[]> {
  const rows = await db
    .selectFrom('on_call_rota')
    .select(COLUMNS)
    .where('tenant_id', '=', input.tenantId)
    .orderBy((eb) => eb.case().when('role', '=', 'primary').then(0).when('role', '=', 'backup').then(1).else(2).end())
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map(toEntry);
}

export async function findRotaEntry(db: Executor, input: { tenantId: string; id: string }): Promise<StoredRotaEntry | null> {
  const row = await db.selectFrom('on_call_rota').select(COLUMNS).where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return row ? toEntry(row) : null;
}

export async function insertRotaEntry(db: Executor, input: { tenantId: string; entry: RotaEntry; position?: number }): Promise<StoredRotaEntry> {
  const position =
    input.position ??
    Number(
      (await db.selectFrom('on_call_rota').select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(-1)).as('last')).where('tenant_id', '=', input.tenantId).executeTakeFirstOrThrow()).last,
    ) + 1;
  const row = await db.insertInto('on_call_rota').values({ tenant_id: input.tenantId, ...toValues(input.entry), position }).returning(COLUMNS).executeTakeFirstOrThrow();
  return toEntry(row);
}

export async function updateRotaEntry(db: Executor, input: { tenantId: string; id: string; entry: RotaEntry }): Promise<StoredRotaEntry | null> {
  const row = await db
    .updateTable('on_call_rota')
    .set({ ...toValues(input.entry), updated_at: new Date() })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

export async function deleteRotaEntry(db: Executor, input: { tenantId: string; id: string }): Promise<boolean> {
  const result = await db.deleteFrom('on_call_rota').where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
