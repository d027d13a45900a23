// JWKS and OIDC discovery per pool, at /{poolId}/.well-known/{jwks.json,openid-configuration}, on the
// AWS host (intercepted) and on the standalone server. The issuer is where they are served: the AWS
// URL when the mock stands in for AWS, the server's own URL otherwise.
import { http, type RequestHandler } from "msw";
import type { CognitoMock } from "../engine/create.js";
import { jwks } from "../auth/keys.js";
import { issuerOf } from "../auth/tokens.js";
import { isAwsHost } from "../protocol/region.js";

const PATH = /^\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

export function wellKnownHandlers(mock: CognitoMock, served: (url: URL) => boolean): RequestHandler[] {
  const match = (url: URL) => PATH.exec(url.pathname) && (isAwsHost(url) || served(url));
  return [
    http.get(({ request }) => !!match(new URL(request.url)), async ({ request }) => {
      const url = new URL(request.url);
      const [, poolId, doc] = PATH.exec(url.pathname)!;
      const pool = mock.store.pools.get(poolId);
      const headers = { "content-type": "application/json", "access-control-allow-origin": "*" };
      if (!pool) return new Response(JSON.stringify({ message: `User pool ${poolId} does not exist.` }), { status: 404, headers });
      if (doc === "jwks.json") return new Response(JSON.stringify(await jwks(poolId, mock.store.auth.epoch)), { headers });
      const issuer = issuerOf({ publicUrl: isAwsHost(url) ? undefined : mock.state.publicUrl ?? url.origin }, pool);
      return new Response(JSON.stringify(openIdConfiguration(issuer, pool.domain, pool.region)), { headers });
    }),
  ];
}

function openIdConfiguration(issuer: string, domain: string | undefined, region: string) {
  const auth = domain ? `https://${domain}.auth.${region}.amazoncognito.com` : undefined;
  return {
    authorization_endpoint: auth && `${auth}/oauth2/authorize`,
    end_session_endpoint: auth && `${auth}/logout`,
    id_token_signing_alg_values_supported: ["RS256"],
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    response_types_supported: ["code", "token"],
    revocation_endpoint: auth && `${auth}/oauth2/revoke`,
    scopes_supported: ["openid", "email", "phone", "profile"],
    subject_types_supported: ["public"],
    token_endpoint: auth && `${auth}/oauth2/token`,
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    userinfo_endpoint: auth && `${auth}/oauth2/userInfo`,
  };
}
