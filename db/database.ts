import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './generated/database.js';

// timestamptz as ISO strings would lose nothing, but Date keeps arithmetic honest; bigint counts as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Database = Kysely<DB>;

export function createDatabase(options: { url: string; maxConnections?: number }): Database {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
