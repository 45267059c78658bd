import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { insertTenant, type Tenant } from '../../db/queries/tenants.js';
import { defaultTenantSettings } from '../../domain/tenant-settings.js';

/** The zone of every bench organization; the reference day below is a Wednesday there. */
export const BENCH_TIME_ZONE = 'America/Chicago';

/** A fresh organization per bench, so figures never depend on what an earlier bench booked. */
export function createBenchTenant(db: Database, bench: string): Promise<Tenant> {
  return insertTenant(db, {
    name: `Bench ${bench}`,
    slug: `bench-${bench}-${randomBytes(4).toString('hex')}`,
    isDemo: true,
    settings: defaultTenantSettings(BENCH_TIME_ZONE),
  });
}
