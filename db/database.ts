import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './generated/database.js';
import { prepareStatementsOn } from './prepared-statements.js';

// timestamptz as ISO strings would lose nothing, but Date keeps arithmetic honest; bigint counts as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// A calendar date (a date of death, a service day) has no time zone: keep it as the YYYY-MM-DD it is.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Database = Kysely<DB>;

export function createDatabase(options: { url: string; maxConnections?: number; onIdleError?: (error: Error) => void }): Database {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // An idle connection dropped by the server (restart, failover) would otherwise crash the process;
  // the pool discards it and the next query opens a new one.
  pool.on('error', (error) => options.onIdleError?.(error));
  const preparingPool = { options: pool.options, connect: async () => prepareStatementsOn(await pool.connect()), end: () => pool.end() };
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool }) });
}
