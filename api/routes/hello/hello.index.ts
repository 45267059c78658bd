import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import { tenantGuard, type TenantEnv } from '../../middleware/session.js';
import { runHelloTenant } from '../../operations/run-hello-tenant.js';
import { runHello } from './hello.routes.js';

export function helloRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<TenantEnv>({ defaultHook: validationHook });
  app.use('/api/hello', tenantGuard());
  return app.openapi(runHello, async (c) => {
    const result = await runHelloTenant({
      temporal: deps.temporal,
      taskQueue: deps.taskQueue,
      tenantId: c.var.tenantId,
      requestId: randomUUID(),
    });
    return c.json(result, 200);
  });
}
