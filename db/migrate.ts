import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { AppError } from '../domain/app-error.js';
import { migrationProvider } from './migrations/index.js';

/** Brings the schema to the newest migration; Kysely holds an advisory lock so two processes cannot race. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new AppError('internal', `migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
