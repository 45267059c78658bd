import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { getBillingOverview, openBillingPortal, setCancelAtPeriodEnd, startCheckout } from '../../operations/billing.js';
import { cancelRoute, checkoutRoute, getBillingRoute, listPlansRoute, portalRoute, reactivateRoute } from './billing.routes.js';
import { toOverviewBody, toPlanBody, toSubscriptionBody } from './billing.schemas.js';

export function billingRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const { plans, active } = deps.billing.plans;

  return app
    .openapi(listPlansRoute, (c) => c.json({ plans: plans.map((plan) => toPlanBody(plan, active)) }, 200))
    .openapi(getBillingRoute, async (c) => c.json(toOverviewBody(await getBillingOverview(deps, c.var.tenantId, new Date())), 200))
    .openapi(checkoutRoute, async (c) => {
      const checkout = await startCheckout(deps, c.var.auth.organization);
      deps.logger.info({ tenantId: c.var.tenantId, by: c.var.auth.user.id }, 'checkout opened');
      return c.json(checkout, 200);
    })
    .openapi(portalRoute, async (c) => c.json(await openBillingPortal(deps, c.var.tenantId), 200))
    .openapi(cancelRoute, async (c) => {
      const subscription = await setCancelAtPeriodEnd(deps, c.var.tenantId, true);
      deps.logger.info({ tenantId: c.var.tenantId, by: c.var.auth.user.id }, 'subscription set to cancel at period end');
      return c.json(toSubscriptionBody(subscription), 200);
    })
    .openapi(reactivateRoute, async (c) => {
      const subscription = await setCancelAtPeriodEnd(deps, c.var.tenantId, false);
      deps.logger.info({ tenantId: c.var.tenantId, by: c.var.auth.user.id }, 'subscription reactivated');
      return c.json(toSubscriptionBody(subscription), 200);
    });
}
