import { z } from '@hono/zod-openapi';
import { OIDC_PROVIDER_IDS } from '../../operations/oidc-providers.js';
import { defineRoute } from '../../route-access.js';
import { errorContent } from '../../route-responses.js';

const providerSchema = z
  .object({ id: z.enum(OIDC_PROVIDER_IDS), label: z.string().openapi({ example: 'Google' }) })
  .openapi('OidcProvider');

// Any name reaches the handler, so a provider this deployment has not set up is a 404 that says
// so, not a 400 about the URL.
const providerParams = z.object({
  provider: z.string().min(1).max(40).openapi({ param: { name: 'provider', in: 'path' }, example: 'google' }),
});

// openid-client reads the whole query itself (Microsoft adds session_state); these are documented, not required.
const callbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

const redirect = (description: string) => ({
  description,
  headers: z.object({ location: z.string().openapi({ description: 'Where the browser goes next' }) }),
});
const notConfigured = { description: 'That provider is not set up on this deployment', content: errorContent };

export const listOidcProviders = defineRoute('public', {
  method: 'get',
  path: '/api/auth/oidc/providers',
  tags: ['auth'],
  summary: 'The single sign-on providers this deployment offers, for the login page; empty when none',
  responses: {
    200: { description: 'Configured providers', content: { 'application/json': { schema: z.object({ providers: z.array(providerSchema) }) } } },
  },
});

export const startOidcSignIn = defineRoute('public', {
  method: 'get',
  path: '/api/auth/oidc/{provider}/start',
  tags: ['auth'],
  summary: 'Sign in with Google or Microsoft: sends the browser to the provider',
  request: { params: providerParams },
  responses: {
    302: redirect('To the provider; or to /login?error=sign_in_failed when it cannot be reached'),
    404: notConfigured,
  },
});

export const finishOidcSignIn = defineRoute('public', {
  method: 'get',
  path: '/api/auth/oidc/{provider}/callback',
  tags: ['auth'],
  summary: 'Where the provider sends the browser back; sets the session cookie when the person has an account',
  request: { params: providerParams, query: callbackQuery },
  responses: {
    302: redirect('To / when signed in; to /login?error=no_account for someone without an account here; to /login?error=sign_in_failed otherwise'),
    404: notConfigured,
  },
});
