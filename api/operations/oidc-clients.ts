import * as oidc from 'openid-client';
import { AppError } from '../../domain/app-error.js';
import type { OidcProvider, OidcProviderId } from './oidc-providers.js';

const DISCOVERY_TIMEOUT_SECONDS = 10;

export type OidcClients = {
  /** What the login page offers, in the order the deployment configured them. */
  list(): Array<{ id: OidcProviderId; label: string }>;
  /** The configured provider by the id in the URL; not_found for any other. */
  provider(id: string): OidcProvider;
  /** The provider's discovered metadata with our client there. */
  configuration(provider: OidcProvider): Promise<oidc.Configuration>;
};

/**
 * Providers are discovered on first use, not at start: the API must come up (and password sign-in
 * work) while Google or Microsoft is unreachable. A failed discovery is forgotten, so the next
 * sign-in tries again.
 */
export function createOidcClients(providers: OidcProvider[]): OidcClients {
  const discovered = new Map<OidcProviderId, Promise<oidc.Configuration>>();
  return {
    list: () => providers.map(({ id, label }) => ({ id, label })),
    provider(id) {
      const provider = providers.find((p) => p.id === id);
      if (!provider) throw new AppError('not_found', `Sign-in with "${id}" is not set up here. Sign in with your email and password.`);
      return provider;
    },
    configuration(provider) {
      const known = discovered.get(provider.id);
      if (known) return known;
      const discovery = oidc.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        // Non-repudiation makes openid-client check the ID token's signature against the provider's
        // keys, not only trust the TLS channel it came over. Plain http is allowed only because the
        // configuration accepts it for a provider on this machine (the tests' fake) and nowhere else.
        execute: [oidc.enableNonRepudiationChecks, ...(new URL(provider.issuer).protocol === 'http:' ? [oidc.allowInsecureRequests] : [])],
      });
      discovered.set(provider.id, discovery);
      discovery.catch(() => discovered.delete(provider.id));
      return discovery;
    },
  };
}
