import { withOrganization } from '../../db/organization-scope.js';
import { recordAudit } from '../../db/queries/organization-audit.js';
import { getTenant, updateOrganizationSettings, type OrganizationSettings, type Tenant } from '../../db/queries/tenants.js';
import type { ChangeScope, SettingsScope } from './settings-list.js';

const asSettings = (tenant: Tenant): OrganizationSettings => ({ name: tenant.name, ...tenant.settings });

export function readOrganizationSettings(scope: SettingsScope): Promise<OrganizationSettings> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => asSettings(await getTenant(tx, scope.tenantId)));
}

/** Saves them all at once and audits only what changed, with its value before and after. */
export function changeOrganizationSettings(scope: ChangeScope, input: OrganizationSettings): Promise<OrganizationSettings> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const before = asSettings(await getTenant(tx, scope.tenantId));
    const after = asSettings(await updateOrganizationSettings(tx, scope.tenantId, input));
    const changed = (Object.keys(after) as Array<keyof OrganizationSettings>).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    if (changed.length > 0) {
      const detail = Object.fromEntries(changed.map((key) => [key, { before: before[key], after: after[key] }]));
      await recordAudit(tx, { tenantId: scope.tenantId, actor: scope.actor, action: 'organization_settings_changed', detail });
    }
    return after;
  });
}
