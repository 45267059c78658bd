import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Past this many statements a connection prepares no more: an unbounded mix of texts (IN lists of every length) must not grow the server's memory without end. */
export const MAX_PREPARED_PER_CONNECTION = 300;

type QueryFn = (...args: unknown[]) => unknown;
const PREPARED = Symbol('prepared statement names');
type PreparingClient = pg.PoolClient & { [PREPARED]?: Set<string> };

function statementName(text: string): string {
  return `k${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
}

/**
 * Makes the client send each parameterised query as a named prepared statement, so Postgres plans
 * it once per connection instead of on every request (planning a query under the row-level
 * security policies costs as much as running it). Only `query(text, values)` calls are changed,
 * the form Kysely uses; texts without parameters (BEGIN, COMMIT, migrations) go as they are.
 * See decision 014.
 */
export function prepareStatementsOn(client: pg.PoolClient): pg.PoolClient {
  const preparing = client as PreparingClient;
  if (preparing[PREPARED]) return client;
  const names = new Set<string>();
  preparing[PREPARED] = names;
  const plainQuery = client.query.bind(client) as QueryFn;
  const query: QueryFn = (...args) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || args.length > 2) return plainQuery(...args);
    const name = statementName(text);
    if (!names.has(name)) {
      if (names.size >= MAX_PREPARED_PER_CONNECTION) return plainQuery(text, values);
      names.add(name);
    }
    return plainQuery({ name, text, values });
  };
  client.query = query as typeof client.query;
  return client;
}
