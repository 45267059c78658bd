import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../db/database.js';
import { TEMPLATE_DATABASE, withDatabaseName } from './database-names.js';

/**
 * A fresh, migrated database of its own for one test file: a copy of the template the global
 * setup migrated. Real Postgres, no mocks; dropped again by `drop`.
 */
export async function createTestDatabase(): Promise<{ db: Database; url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `funeral_test_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({ url: adminUrl, maxConnections: 1 });
  // Copying a template fails while anyone else is connected to it; files run in parallel, so retry.
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(TEMPLATE_DATABASE)}`.execute(admin);
      break;
    } catch (error) {
      if (attempt > 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
    }
  }
  const url = withDatabaseName(adminUrl, name);
  const db = createDatabase({ url, maxConnections: 20 });
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    },
  };
}
