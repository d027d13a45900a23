import { defineOperation } from "../engine/context.js";
import { newClientId, newClientSecret } from "../state/ids.js";
import { getPool } from "./shared/lookup.js";
import { buildClient } from "./shared/client-settings.js";

export default defineOperation("CreateUserPoolClient", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { UserPoolId: _pool, GenerateSecret, ClientSecret, ...settings } = input;
  let ClientId = newClientId(ctx.random);
  while (ctx.store.clientPools.has(ClientId)) ClientId = newClientId(ctx.random);
  // a caller may bring its own secret (the model allows it); otherwise Cognito generates one on request
  const secret = ClientSecret ?? (GenerateSecret ? newClientSecret(ctx.random) : undefined);
  const client = buildClient(pool, settings, { ClientId, ClientSecret: secret, created: ctx.now, now: ctx.now });
  pool.clients.set(ClientId, client);
  ctx.store.clientPools.set(ClientId, pool.id);
  return { UserPoolClient: structuredClone(client) };
});
