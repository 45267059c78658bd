import { OpenAPIHono } from '@hono/zod-openapi';
import { swaggerUI } from '@hono/swagger-ui';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../domain/app-error.js';
import type { AppDeps } from './app-deps.js';
import { createErrorHandler, errorBody, validationHook } from './errors.js';
import { csrfProtection } from './middleware/csrf.js';
import { requestLogger } from './middleware/request-logger.js';
import { declarePublic } from './route-access.js';
import { sessionMiddleware, type AuthEnv } from './middleware/session.js';
import { authRoutes } from './routes/auth/auth.index.js';
import { billingRoutes } from './routes/billing/billing.index.js';
import { callRoutes } from './routes/calls/calls.index.js';
import { contactFileRoutes } from './routes/contact-files/contact-files.index.js';
import { contactRoutes } from './routes/contacts/contacts.index.js';
import { dashboardRoutes } from './routes/dashboard/dashboard.index.js';
import { taskRoutes } from './routes/tasks/tasks.index.js';
import { healthRoutes } from './routes/health/health.index.js';
import { oidcRoutes } from './routes/oidc/oidc.index.js';
import { invitationRoutes } from './routes/invitations/invitations.index.js';
import { pageLinkRoutes } from './routes/page-links/page-links.index.js';
import { passwordResetRoutes } from './routes/password-reset/password-reset.index.js';
import { sessionRoutes } from './routes/sessions/sessions.index.js';
import { stripeWebhookRoutes } from './routes/stripe-webhook/stripe-webhook.index.js';
import { teamRoutes } from './routes/team/team.index.js';
import { twilioSmsRoutes } from './routes/twilio-sms/twilio-sms.index.js';
import { twilioVoiceRoutes } from './routes/twilio-voice/twilio-voice.index.js';
import { organizationSettingsRoutes } from './routes/settings-organization/settings-organization.index.js';
import { knowledgeSettingsRoutes } from './routes/settings-knowledge/settings-knowledge.index.js';
import { onCallSettingsRoutes } from './routes/settings-on-call/settings-on-call.index.js';
import { priceListSettingsRoutes } from './routes/settings-price-list/settings-price-list.index.js';

const MAX_BODY_BYTES = 256 * 1024;

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  app.onError(createErrorHandler(deps.logger));
  app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404));

  app.use('*', requestLogger(deps.logger));
  app.use('*', secureHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError('invalid_input', `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  );
  app.use('/api/*', sessionMiddleware(deps.db));
  // Stripe's webhook carries no session, and a browser cookie sent along must not make it need a token.
  app.use('/api/*', csrfProtection({ allowedOrigins: deps.allowedOrigins, tokenExemptPaths: ['/api/auth/login', '/api/stripe/webhook'] }));


  // Before the contacts' routes, whose /api/contacts/{id} would otherwise answer for export.csv.
  app.route('/', contactFileRoutes(deps));
  const routes = app.route('/', healthRoutes(deps)).route('/', authRoutes(deps)).route('/', contactRoutes(deps)).route('/', callRoutes(deps)).route('/', taskRoutes(deps)).route('/', dashboardRoutes(deps)).route('/', oidcRoutes(deps))
    .route('/', teamRoutes(deps))
    .route('/', invitationRoutes(deps))
    .route('/', passwordResetRoutes(deps))
    .route('/', pageLinkRoutes(deps))
    .route('/', sessionRoutes(deps))
    .route('/', billingRoutes(deps))
    .route('/', onCallSettingsRoutes(deps))
    .route('/', priceListSettingsRoutes(deps))
    .route('/', knowledgeSettingsRoutes(deps))
    .route('/', organizationSettingsRoutes(deps))
    .route('/', twilioSmsRoutes(deps))
    .route('/', twilioVoiceRoutes(deps))
    .route('/', stripeWebhookRoutes(deps));

  declarePublic('GET', '/api/openapi.json');
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Funeral home phone booking API',
      version: '0.1.0',
      description: 'Staff API. Sign in at /api/auth/login; send the returned csrfToken as x-csrf-token on every change.',
    },
  });
  declarePublic('GET', '/api/docs');
  app.get('/api/docs', swaggerUI({ url: '/api/openapi.json' }));

  return routes;
}

export type AppType = ReturnType<typeof createApp>;
