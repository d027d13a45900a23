import { defineOperation } from "../engine/context.js";
import { getClient, getPool } from "./shared/lookup.js";
import { buildClient } from "./shared/client-settings.js";

// As in Cognito, settings the update leaves out return to their defaults; the id and secret stay.
export default defineOperation("UpdateUserPoolClient", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const current = getClient(pool, input.ClientId);
  const { UserPoolId: _p, ClientId, ...settings } = input;
  const client = buildClient(pool, { ...settings, ClientName: settings.ClientName ?? current.ClientName }, {
    ClientId, ClientSecret: current.ClientSecret, created: current.CreationDate! * 1000, now: ctx.now,
  });
  pool.clients.set(ClientId, client);
  return { UserPoolClient: structuredClone(client) };
});
