import type { Kysely } from 'kysely';
import type { DB } from '../generated/database.js';

/** Records one HelloTenant run; a retry with the same workflow id changes nothing. */
export async function recordHelloRun(
  db: Kysely<DB>,
  input: { tenantId: string; workflowId: string; greeting: string },
): Promise<void> {
  await db
    .insertInto('hello_runs')
    .values({ tenant_id: input.tenantId, workflow_id: input.workflowId, greeting: input.greeting })
    .onConflict((oc) => oc.columns(['tenant_id', 'workflow_id']).doNothing())
    .execute();
}

export async function countHelloRuns(db: Kysely<DB>, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('hello_runs')
    .select((eb) => eb.fn.countAll<number>().as('runs'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  return Number(row.runs);
}
