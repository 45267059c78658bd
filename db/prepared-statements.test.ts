import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.js';
import { twoOrganizationsWithAFamilyEach } from '../testing/organizations.js';
import { createDatabase, type Database } from './database.js';
import { withOrganization } from './organization-scope.js';
import { MAX_PREPARED_PER_CONNECTION } from './prepared-statements.js';

let db: Database;
let oneConnection: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  const created = await createTestDatabase();
  ({ db, drop } = created);
  // One connection, so every query below meets the statements the earlier ones prepared.
  oneConnection = createDatabase({ url: created.url, maxConnections: 1 });
});
afterAll(async () => {
  await oneConnection.destroy();
  await drop();
});

const preparedHere = async (executor: Database) =>
  (await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(executor)).rows.map((row) => row.statement);

describe('prepared statements', () => {
  it('prepares a parameterised query once on its connection and answers it as before', async () => {
    const first = await oneConnection.selectFrom('tenants').select('id').where('slug', '=', 'no-such-organization').execute();
    const again = await oneConnection.selectFrom('tenants').select('id').where('slug', '=', 'no-such-organization').execute();
    expect(first).toEqual([]);
    expect(again).toEqual([]);
    const statements = (await preparedHere(oneConnection)).filter((text) => text.includes('"slug" = $1'));
    expect(statements).toHaveLength(1);
  });

  it("keeps each organization's rows its own when the same prepared statement serves both", async () => {
    const { a, b } = await twoOrganizationsWithAFamilyEach(db);
    // Deliberately unfiltered, so only row-level security (and the setting each transaction makes) decides.
    const names = (organizationId: string) =>
      withOrganization(oneConnection, organizationId, (tx) => tx.selectFrom('contacts').select('name').where('name', 'like', '%Family').execute());
    expect(await names(a.tenant.id)).toEqual([{ name: 'Ada Family' }]);
    expect(await names(b.tenant.id)).toEqual([{ name: 'Bea Family' }]);
    expect(await names(a.tenant.id)).toEqual([{ name: 'Ada Family' }]);
    // The same text outside any organization's scope, as the owner of the tables: both rows.
    const unscoped = await oneConnection.selectFrom('contacts').select('name').where('name', 'like', '%Family').orderBy('name').execute();
    expect(unscoped).toEqual([{ name: 'Ada Family' }, { name: 'Bea Family' }]);
  });

  it('stops preparing once a connection holds its bound, and still answers', async () => {
    for (let n = 0; n < MAX_PREPARED_PER_CONNECTION + 20; n++) {
      // A different text each time, as IN lists of every length would make.
      const ids = Array.from({ length: n + 1 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
      expect(await oneConnection.selectFrom('tenants').select('id').where('id', 'in', ids).execute()).toEqual([]);
    }
    expect((await preparedHere(oneConnection)).length).toBeLessThanOrEqual(MAX_PREPARED_PER_CONNECTION);
  });

  it('leaves a failing statement unprepared, so the next correct one prepares as usual', async () => {
    await expect(sql`SELECT no_such_column FROM tenants WHERE slug = ${'x'}`.execute(db)).rejects.toThrow(/no_such_column/);
    expect(await sql`SELECT 1 AS one FROM tenants WHERE slug = ${'x'}`.execute(db)).toMatchObject({ rows: [] });
  });
});
