import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/executor.js';
import { withOrganization } from '../../db/organization-scope.js';
import { recordAudit } from '../../db/queries/organization-audit.js';
import { isUniqueViolation } from '../../db/postgres-errors.js';

export type SettingsScope = { db: Database; tenantId: string };
export type ChangeScope = SettingsScope & { actor: string };

/** How one list that staff keep in settings (the rota, the price list, …) is stored. */
export type SettingsListStore<Input, Stored extends { id: string }> = {
  /** The audit's name for it and the words an error uses: 'on_call_rota' / 'rota entry'. */
  audit: string;
  noun: string;
  list: (tx: Tx, tenantId: string) => Promise<Stored[]>;
  find: (tx: Tx, tenantId: string, id: string) => Promise<Stored | null>;
  insert: (tx: Tx, tenantId: string, input: Input) => Promise<Stored>;
  update: (tx: Tx, tenantId: string, id: string, input: Input) => Promise<Stored | null>;
  remove: (tx: Tx, tenantId: string, id: string) => Promise<boolean>;
  /** What the audit keeps of a row: enough to say which one, never more than staff typed. */
  describe: (stored: Stored) => Record<string, unknown>;
  /** A unique constraint that a second row with the same key trips, and what to tell staff. */
  unique?: { constraint: string; conflict: (input: Input) => AppError };
};

/**
 * List, add, change and remove for one settings list: each change in one transaction of the
 * organization, audited with who made it, and read by the next call without a restart.
 */
export function settingsList<Input, Stored extends { id: string }>(store: SettingsListStore<Input, Stored>) {
  const notFound = (id: string) => new AppError('not_found', `No ${store.noun} ${id} in this organization; it may have been removed.`);
  const refuseDuplicate = (input: Input) => (error: unknown) => {
    if (store.unique && isUniqueViolation(error, store.unique.constraint)) throw store.unique.conflict(input);
    throw error;
  };
  const audited = (scope: ChangeScope, action: string, tx: Tx, stored: Stored) =>
    recordAudit(tx, { tenantId: scope.tenantId, actor: scope.actor, action: `${store.audit}_${action}`, detail: { id: stored.id, ...store.describe(stored) } });

  return {
    list: (scope: SettingsScope) => withOrganization(scope.db, scope.tenantId, (tx) => store.list(tx, scope.tenantId)),

    add: (scope: ChangeScope, input: Input) =>
      withOrganization(scope.db, scope.tenantId, async (tx) => {
        const stored = await store.insert(tx, scope.tenantId, input);
        await audited(scope, 'added', tx, stored);
        return stored;
      }).catch(refuseDuplicate(input)),

    change: (scope: ChangeScope, id: string, input: Input) =>
      withOrganization(scope.db, scope.tenantId, async (tx) => {
        const stored = await store.update(tx, scope.tenantId, id, input);
        if (!stored) throw notFound(id);
        await audited(scope, 'changed', tx, stored);
        return stored;
      }).catch(refuseDuplicate(input)),

    remove: (scope: ChangeScope, id: string) =>
      withOrganization(scope.db, scope.tenantId, async (tx) => {
        const stored = await store.find(tx, scope.tenantId, id);
        if (!stored || !(await store.remove(tx, scope.tenantId, id))) throw notFound(id);
        await audited(scope, 'removed', tx, stored);
      }),
  };
}
