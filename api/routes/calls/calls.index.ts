import { OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { logCallBack } from '../../operations/call-page.js';
import { getCall, listCalls } from '../../operations/calls.js';
import { hangUpPracticeCall, sayInPracticeCall, startPracticeCall } from '../../operations/practice-calls.js';
import { callEventsRoute, getCallRoute, listCallsRoute, logCallBackRoute, practiceHangUpRoute, practiceLineRoute, startPracticeCallRoute } from './calls.routes.js';
import { toCallBody, toCallDetailBody } from './calls.schemas.js';

/** How often a watched call is looked at again, and how long one stream lasts before the browser reconnects. */
const WATCH_EVERY_MS = 500;
const STREAM_FOR_MS = 10 * 60_000;

export function callRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const temporalUrl = (workflowId: string) =>
    deps.temporalUiUrl ? `${deps.temporalUiUrl}/namespaces/${encodeURIComponent(deps.temporalNamespace)}/workflows/${encodeURIComponent(workflowId)}` : null;
  const detail = async (tenantId: string, id: string) => {
    const call = await getCall({ db: deps.db, tenantId, temporal: deps.temporal }, id);
    return toCallDetailBody(call, temporalUrl(call.workflowId));
  };
  const practice = (tenantId: string) => ({ db: deps.db, tenantId, practiceCalls: deps.practiceCalls });

  return app
    .openapi(listCallsRoute, async (c) => {
      const { page, pageSize, ...filter } = c.req.valid('query');
      const result = await listCalls({ db: deps.db, tenantId: c.var.tenantId }, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
      return c.json({ items: result.items.map(toCallBody), page, pageSize, hasMore: result.hasMore }, 200);
    })
    .openapi(getCallRoute, async (c) => c.json(await detail(c.var.tenantId, c.req.valid('param').id), 200))
    .openapi(logCallBackRoute, async (c) => {
      const { user } = c.var.auth;
      await logCallBack({ db: deps.db, temporal: deps.temporal, tenantId: c.var.tenantId, user: { id: user.id, name: user.name } }, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(callEventsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const tenantId = c.var.tenantId;
      let last = JSON.stringify(await detail(tenantId, id)); // a 404 is answered before the stream opens
      return streamSSE(c, async (stream) => {
        let open = true;
        stream.onAbort(() => {
          open = false;
        });
        await stream.writeSSE({ event: 'call', data: last });
        for (const until = Date.now() + STREAM_FOR_MS; open && Date.now() < until; ) {
          await stream.sleep(WATCH_EVERY_MS);
          const call = await detail(tenantId, id);
          const next = JSON.stringify(call);
          if (next !== last) {
            last = next;
            await stream.writeSSE({ event: 'call', data: next });
          }
          if (call.stage === 'ended') break;
        }
      }) as never;
    })
    .openapi(startPracticeCallRoute, async (c) => c.json(await startPracticeCall(practice(c.var.tenantId), c.req.valid('json')), 201))
    .openapi(practiceLineRoute, async (c) =>
      c.json(await sayInPracticeCall(practice(c.var.tenantId), c.req.valid('param').id, c.req.valid('json').text), 200),
    )
    .openapi(practiceHangUpRoute, async (c) => {
      await hangUpPracticeCall(practice(c.var.tenantId), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
