import { deleteRotaEntry, findRotaEntry, insertRotaEntry, listRota, updateRotaEntry, type StoredRotaEntry } from '../../db/queries/on-call-rota.js';
import { getPagingSettings, getTenant, setPagingSettings, type PagingSettings } from '../../db/queries/tenants.js';
import { withOrganization } from '../../db/organization-scope.js';
import { recordAudit } from '../../db/queries/organization-audit.js';
import { instantToLocal } from '../../domain/dates/zoned-time.js';
import { dialableRotaEntry, onCallChain, rotaMoment, type OnCallPerson, type RotaEntry } from '../../domain/paging/on-call-rota.js';
import type { Tx } from '../../db/executor.js';
import { settingsList, type ChangeScope, type SettingsScope } from './settings-list.js';

const countryOf = async (tx: Tx, tenantId: string) => (await getTenant(tx, tenantId)).settings.country;

export const onCallRota = settingsList<RotaEntry, StoredRotaEntry>({
  audit: 'on_call_rota',
  noun: 'rota entry',
  list: (tx, tenantId) => listRota(tx, { tenantId }),
  find: (tx, tenantId, id) => findRotaEntry(tx, { tenantId, id }),
  insert: async (tx, tenantId, entry) => insertRotaEntry(tx, { tenantId, entry: dialableRotaEntry(entry, await countryOf(tx, tenantId)) }),
  update: async (tx, tenantId, id, entry) => updateRotaEntry(tx, { tenantId, id, entry: dialableRotaEntry(entry, await countryOf(tx, tenantId)) }),
  remove: (tx, tenantId, id) => deleteRotaEntry(tx, { tenantId, id }),
  describe: (entry) => ({ name: entry.name, role: entry.role, weekdays: entry.weekdays, from: entry.from, until: entry.until }),
});

/** The rota, and whom a page started now would text, in order: what staff check after an edit. */
export async function readOnCallRota(scope: SettingsScope, now: Date): Promise<{ items: StoredRotaEntry[]; onCallNow: OnCallPerson[] }> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const [items, tenant] = await Promise.all([listRota(tx, { tenantId: scope.tenantId }), getTenant(tx, scope.tenantId)]);
    const { weekday, minute } = rotaMoment(instantToLocal(now.toISOString(), tenant.settings.timeZone));
    return { items, onCallNow: onCallChain(items, weekday, minute) };
  });
}

export function readPagingSettings(scope: SettingsScope): Promise<PagingSettings> {
  return withOrganization(scope.db, scope.tenantId, (tx) => getPagingSettings(tx, scope.tenantId));
}

/** The next page started uses them; a page already running keeps the minutes it started with. */
export function changePagingSettings(scope: ChangeScope, settings: PagingSettings): Promise<PagingSettings> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const before = await getPagingSettings(tx, scope.tenantId);
    const after = await setPagingSettings(tx, scope.tenantId, settings);
    await recordAudit(tx, { tenantId: scope.tenantId, actor: scope.actor, action: 'paging_settings_changed', detail: { before, after } });
    return after;
  });
}
