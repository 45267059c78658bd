import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m20261125T0900 from './2026-11-25T0900-tenants-users-sessions.js';
import * as m20261125T1000 from './2026-11-25T1000-calls-contacts-calendar.js';
import * as m20261201T2300 from './2026-12-01T2300-contact-detail-sources.js';
import * as m20261202T0900 from './2026-12-02T0900-roles-and-row-security.js';
import * as m20261202T1000 from './2026-12-02T1000-contact-record.js';
import * as m20261202T1100 from './2026-12-02T1100-team.js';
import * as m20261202T1200 from './2026-12-02T1200-user-identities.js';
import * as m20261202T1300 from './2026-12-02T1300-contact-imports.js';
import * as m20261202T1400 from './2026-12-02T1400-workspace-indexes.js';
import * as m20261202T1500 from './2026-12-02T1500-foreign-key-indexes.js';
import * as m20261202T1600 from './2026-12-02T1600-contact-search-words.js';
import * as m20261202T1700 from './2026-12-02T1700-billing.js';
import * as m20261202T1800 from './2026-12-02T1800-payment-failed-email.js';
import * as m20261202T1900 from './2026-12-02T1900-first-calls.js';
import * as m20261202T2000 from './2026-12-02T2000-price-list-email.js';
import * as m20261202T2100 from './2026-12-02T2100-texts-in.js';
import * as m20261202T2200 from './2026-12-02T2200-texts-out.js';
import * as m20261202T2300 from './2026-12-02T2300-organization-country.js';
import * as m20261202T2400 from './2026-12-02T2400-telephone-calls.js';
import * as m20261202T2500 from './2026-12-02T2500-call-timings.js';

/**
 * Every migration, by its frozen name. Listed explicitly (not read from disk) so the same set runs
 * under tsx, vitest and bundlers alike. Names sort in the order they must run.
 */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25T0900-tenants-users-sessions': m20261125T0900,
  '2026-11-25T1000-calls-contacts-calendar': m20261125T1000,
  '2026-12-01T2300-contact-detail-sources': m20261201T2300,
  '2026-12-02T0900-roles-and-row-security': m20261202T0900,
  '2026-12-02T1000-contact-record': m20261202T1000,
  '2026-12-02T1100-team': m20261202T1100,
  '2026-12-02T1200-user-identities': m20261202T1200,
  '2026-12-02T1300-contact-imports': m20261202T1300,
  '2026-12-02T1400-workspace-indexes': m20261202T1400,
  '2026-12-02T1500-foreign-key-indexes': m20261202T1500,
  '2026-12-02T1600-contact-search-words': m20261202T1600,
  '2026-12-02T1700-billing': m20261202T1700,
  '2026-12-02T1800-payment-failed-email': m20261202T1800,
  '2026-12-02T1900-first-calls': m20261202T1900,
  '2026-12-02T2000-price-list-email': m20261202T2000,
  '2026-12-02T2100-texts-in': m20261202T2100,
  '2026-12-02T2200-texts-out': m20261202T2200,
  '2026-12-02T2300-organization-country': m20261202T2300,
  '2026-12-02T2400-telephone-calls': m20261202T2400,
  '2026-12-02T2500-call-timings': m20261202T2500,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
