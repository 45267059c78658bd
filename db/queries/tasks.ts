import { sql } from 'kysely';
import type { Executor } from '../executor.js';

export type TaskKind = 'follow_up_call' | 'urgent_callback';

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
