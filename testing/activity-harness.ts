import { randomBytes } from 'node:crypto';
import { buildActivityDeps } from '../activities/build-activity-deps.js';
import { createActivities } from '../activities/index.js';
import { createLogger } from '../config/logger.js';
import { openCallRecord } from '../db/queries/calls.js';
import { insertTenant, type Tenant } from '../db/queries/tenants.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { createTestDatabase } from './database.js';

/** The real activities over a migrated database of the file's own, called directly. */
export async function startActivityHarness() {
  const database = await createTestDatabase();
  const logger = createLogger({ name: 'test', level: 'silent' });
  const activities = createActivities(buildActivityDeps({ db: database.db, logger, openai: { apiKey: undefined, baseURL: undefined, model: 'none' } }));

  async function newTenant(timeZone = 'America/Chicago'): Promise<Tenant> {
    const suffix = randomBytes(5).toString('hex');
    return insertTenant(database.db, { name: `Chapel ${suffix}`, slug: `t-${suffix}`, isDemo: false, settings: defaultTenantSettings(timeZone) });
  }

  /** A call row, as the call workflow opens it, for activities that link to the call. */
  async function newCall(tenant: Tenant) {
    const sid = randomBytes(6).toString('hex');
    const call = await openCallRecord(database.db, { tenantId: tenant.id, callSid: sid, workflowId: `call-${sid}`, fromPhone: null, startedAt: new Date().toISOString() });
    return { callId: call.id, workflowId: call.workflowId };
  }

  return { db: database.db, url: database.url, activities, newTenant, newCall, stop: database.drop };
}
