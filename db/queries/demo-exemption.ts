import { AppError } from '../../domain/app-error.js';
import type { Database } from '../database.js';
import { recordAudit } from './organization-audit.js';

export type DemoExemptionChange = { tenantId: string; name: string; isDemo: boolean; changed: boolean };

/**
 * Marks an organization as a demo (never charged; its usage still counted and shown) or as paying,
 * and records who did it, in one transaction. Only operators do this (the command line), never staff.
 */
export async function setDemoExemption(db: Database, input: { slug: string; isDemo: boolean; actor: string; reason: string }): Promise<DemoExemptionChange> {
  return db.transaction().execute(async (tx) => {
    const tenant = await tx.selectFrom('tenants').select(['id', 'name', 'is_demo']).where('slug', '=', input.slug).forUpdate().executeTakeFirst();
    if (!tenant) throw new AppError('not_found', `No organization with the slug "${input.slug}".`);
    if (tenant.is_demo === input.isDemo) return { tenantId: tenant.id, name: tenant.name, isDemo: input.isDemo, changed: false };
    await tx.updateTable('tenants').set({ is_demo: input.isDemo }).where('id', '=', tenant.id).execute();
    await recordAudit(tx, { tenantId: tenant.id, actor: input.actor, action: input.isDemo ? 'demo_exemption_on' : 'demo_exemption_off', detail: { reason: input.reason } });
    return { tenantId: tenant.id, name: tenant.name, isDemo: input.isDemo, changed: true };
  });
}
