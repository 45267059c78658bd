import { sql } from 'kysely';
import type { Database } from './database.js';
import type { Tx } from './executor.js';

/**
 * Runs `work` in one transaction that can only see the organization's rows: it acts as the
 * `organization_scope` role, whose row-level security policies compare every row's tenant_id
 * with the organization set here. Queries still filter by tenant themselves; this is the second
 * wall, so a query that forgets its filter returns nothing instead of another family's data.
 */
export function withOrganization<T>(db: Database, organizationId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    // One round trip for both: setting `role` for the transaction is SET LOCAL ROLE.
    await sql`SELECT set_config('role', 'organization_scope', true), set_config('app.organization_id', ${organizationId}, true)`.execute(tx);
    return work(tx);
  });
}
