import { OpenAPIHono } from '@hono/zod-openapi';
import type { TaskItem } from '../../../db/queries/tasks.js';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { completeTask, listTasks } from '../../operations/tasks.js';
import { completeTaskRoute, listTasksRoute } from './tasks.routes.js';

export function toTaskBody(task: TaskItem) {
  return { ...task, dueAt: task.dueAt.toISOString(), doneAt: task.doneAt?.toISOString() ?? null };
}

export function taskRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  return app
    .openapi(listTasksRoute, async (c) => {
      const items = await listTasks({ db: deps.db, tenantId: c.var.tenantId }, c.req.valid('query'));
      return c.json({ items: items.map(toTaskBody) }, 200);
    })
    .openapi(completeTaskRoute, async (c) => {
      await completeTask({ db: deps.db, tenantId: c.var.tenantId, userId: c.var.auth.user.id, userName: c.var.auth.user.name, temporal: deps.temporal }, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
