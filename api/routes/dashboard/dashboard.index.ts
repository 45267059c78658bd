import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { getDashboard } from '../../operations/dashboard.js';
import { toCallBody } from '../calls/calls.schemas.js';
import { toContactBody } from '../contacts/contacts.schemas.js';
import { toTaskBody } from '../tasks/tasks.index.js';
import { getDashboardRoute } from './dashboard.routes.js';

export function dashboardRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  return app.openapi(getDashboardRoute, async (c) => {
    const view = await getDashboard({ db: deps.db, tenantId: c.var.tenantId }, new Date());
    return c.json(
      {
        timeZone: view.timeZone,
        today: view.today,
        appointments: view.appointments.map((e) => ({
          id: e.id,
          title: e.title,
          start: e.start,
          end: e.end,
          serviceType: e.serviceType,
          confirmationCode: e.confirmationCode,
          contactId: e.contactId,
          contactName: e.contactName,
          contactPhone: e.contactPhone,
          callId: e.callId,
        })),
        calls: { count: view.calls.count, latest: view.calls.latest.map(toCallBody) },
        urgentWaiting: view.urgentWaiting.map(toCallBody),
        newContacts: { count: view.newContacts.count, latest: view.newContacts.latest.map(toContactBody) },
        tasksDue: view.tasksDue.map(toTaskBody),
        latency: view.latency,
      },
      200,
    );
  });
}
