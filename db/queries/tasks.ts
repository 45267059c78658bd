import { sql } from 'kysely';
import type { Executor } from '../executor.js';

export type TaskKind = 'follow_up_call' | 'urgent_callback' | 'question_callback';

/** Creates a task for staff once per key. */
export async function createTask(
  db: Executor,
  input: {
    tenantId: string;
    kind: TaskKind;
    title: string;
    dueAt: string;
    contactId: string | null;
    callId: string | null;
    idempotencyKey: string;
  },
): Promise<void> {
  await db
    .insertInto('tasks')
    .values({
      tenant_id: input.tenantId,
      kind: input.kind,
      title: input.title,
      due_at: input.dueAt,
      contact_id: input.contactId,
      call_id: input.callId,
      idempotency_key: input.idempotencyKey,
    })
    // Flagged before the caller gave a name, an urgent task learns its contact on the next write.
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'idempotency_key']).doUpdateSet({ contact_id: sql`coalesce(tasks.contact_id, excluded.contact_id)` }),
    )
    .execute();
}

export type TaskItem = {
  id: string;
  kind: TaskKind;
  title: string;
  dueAt: Date;
  status: 'open' | 'done';
  contactId: string | null;
  contactName: string | null;
  contactPhone: string | null;
  callId: string | null;
  doneAt: Date | null;
  doneByName: string | null;
};

/** Tasks by when they are due, soonest (or most overdue) first. */
export async function listTasks(db: Executor, input: { tenantId: string; status?: 'open' | 'done'; dueBefore?: Date; limit: number }): Promise<TaskItem[]> {
  let query = db
    .selectFrom('tasks as t')
    .leftJoin('contacts as p', (join) => join.onRef('p.id', '=', 't.contact_id').onRef('p.tenant_id', '=', 't.tenant_id'))
    .leftJoin('users as u', 'u.id', 't.done_by')
    .select(['t.id', 't.kind', 't.title', 't.due_at', 't.status', 't.contact_id', 'p.name as contact_name', 'p.phone_e164 as contact_phone', 't.call_id', 't.done_at', 'u.name as done_by_name'])
    .where('t.tenant_id', '=', input.tenantId);
  if (input.status) query = query.where('t.status', '=', input.status);
  if (input.dueBefore) query = query.where('t.due_at', '<', input.dueBefore);
  const rows = await query.orderBy('t.due_at').orderBy('t.id').limit(input.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as TaskKind,
    title: row.title,
    dueAt: row.due_at,
    status: row.status as TaskItem['status'],
    contactId: row.contact_id,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    callId: row.call_id,
    doneAt: row.done_at,
    doneByName: row.done_by_name,
  }));
}

/** Marks a task done by this person; doing it twice keeps the first time and person. */
export async function markTaskDone(db: Executor, input: { tenantId: string; id: string; userId: string; at: Date }): Promise<boolean> {
  const result = await db
    .updateTable('tasks')
    .set({ status: 'done', done_at: sql`coalesce(done_at, ${input.at})`, done_by: sql`coalesce(done_by, ${input.userId}::uuid)` })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Someone has called the family back: the call's open urgent call-back tasks are done, by them. */
export async function markCallbackTasksOfCallDone(db: Executor, input: { tenantId: string; callId: string; userId: string; at: Date }): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ status: 'done', done_at: input.at, done_by: input.userId })
    .where('tenant_id', '=', input.tenantId)
    .where('call_id', '=', input.callId)
    .where('kind', '=', 'urgent_callback')
    .where('status', '=', 'open')
    .execute();
}
