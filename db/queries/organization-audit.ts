import type { Executor } from '../executor.js';

export type AuditEntry = { tenantId: string; actor: string; action: string; detail: Record<string, unknown> };

/** One line of who changed what about an organization; written in the transaction of the change. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insertInto('organization_audit').values({ tenant_id: entry.tenantId, actor: entry.actor, action: entry.action, detail: JSON.stringify(entry.detail) }).execute();
}
