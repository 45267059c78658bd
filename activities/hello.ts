import type { Database } from '../db/database.js';
import { countHelloRuns, recordHelloRun } from '../db/queries/hello-runs.js';
import { getTenant } from '../db/queries/tenants.js';

export type HelloResult = { greeting: string; runs: number };

export function createHelloActivities(deps: { db: Database }) {
  return {
    /** Greets the organization and counts the greetings; keyed by workflow id so a retry is harmless. */
    async recordHello(input: { tenantId: string; workflowId: string }): Promise<HelloResult> {
      const tenant = await getTenant(deps.db, input.tenantId);
      const greeting = `Hello, ${tenant.name}`;
      await recordHelloRun(deps.db, { tenantId: tenant.id, workflowId: input.workflowId, greeting });
      return { greeting, runs: await countHelloRuns(deps.db, tenant.id) };
    },
  };
}

export type HelloActivities = ReturnType<typeof createHelloActivities>;
