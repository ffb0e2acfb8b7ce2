import type { ResolvedSession, Twofold } from "@twofold/core";
import type Provider from "oidc-provider";
import type { OidcClient } from "./clients";

type Details = Awaited<ReturnType<Provider["interactionDetails"]>>;

/**
 * The grant an app's request is answered with: the one this Twofold session gave the app
 * before, widened to what it asks now, or a new one recorded as the app's sign-in through
 * this session (its tokens then live as long as the session).
 */
export async function grantFor(options: {
  provider: Provider;
  twofold: Twofold;
  details: Details;
  session: ResolvedSession;
  client: OidcClient;
  meta: { ip: string; userAgent: string };
  consented: boolean;
}): Promise<string> {
  const { provider, twofold, details, session, client, meta, consented } = options;
  // The grant this session gave the app before (the request's, or found through the session
  // when the provider's own session cookie is new): widened, not doubled.
  const earlier =
    typeof details.grantId === "string"
      ? details.grantId
      : await twofold.oidc.grantOfSession({ sessionId: session.id, clientId: client.client_id });
  const before = earlier ? await provider.Grant.find(earlier) : undefined;
  const grant =
    before && before.accountId === session.accountId && before.clientId === client.client_id
      ? before
      : new provider.Grant({ accountId: session.accountId, clientId: client.client_id });
  const scope = details.params.scope;
  if (typeof scope === "string") grant.addOIDCScope(scope);
  const claims = details.prompt.details.missingOIDCClaims;
  if (Array.isArray(claims)) grant.addOIDCClaims(claims.map(String));
  const grantId = await grant.save();
  if (grant !== before)
    await twofold.oidc.recordAppSignIn({
      accountId: session.accountId,
      sessionId: session.id,
      clientId: client.client_id,
      appName: client.client_name,
      grantId,
      meta,
      consented,
    });
  return grantId;
}
