/** The identity providers staff may sign in with, each on only when a deployment configures it. */
export const OIDC_PROVIDER_IDS = ['google', 'microsoft'] as const;
export type OidcProviderId = (typeof OIDC_PROVIDER_IDS)[number];

/** A configured provider: where to discover it, our client there, and where it sends the browser back. */
export type OidcProvider = {
  id: OidcProviderId;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
};

export const OIDC_PROVIDER_LABELS: Record<OidcProviderId, string> = { google: 'Google', microsoft: 'Microsoft' };

/** The callback under the public base URL; the base may carry a path of its own (`https://host/staff`). */
export function oidcRedirectUri(baseUrl: string, id: OidcProviderId): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/auth/oidc/${id}/callback`;
}

export type IdTokenClaims = { [claim: string]: unknown };

/**
 * The ID token's email when the provider vouches that it belongs to the person, else null.
 *
 * Google says so in `email_verified`. Microsoft sends no `email_verified`; an Entra tenant's admin
 * can put any address in a user's `email`, and `preferred_username` is whatever the sign-in name
 * is, so neither proves a mailbox (Microsoft says never to authorize on them). Microsoft's email is
 * trusted only with the optional `xms_edov` claim (the email's domain is verified by the tenant),
 * or `email_verified` should it ever be sent.
 */
export function verifiedEmail(id: OidcProviderId, claims: IdTokenClaims): string | null {
  const email = typeof claims.email === 'string' && claims.email.includes('@') ? claims.email.trim().toLowerCase() : null;
  if (!email) return null;
  const vouched = id === 'microsoft' ? claims.email_verified === true || claims.xms_edov === true : claims.email_verified === true;
  return vouched ? email : null;
}
