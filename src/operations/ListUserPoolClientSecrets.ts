import { defineOperation } from "../engine/context.js";
import { clientSecrets } from "../state/pool-admin.js";
import { getClient, getPool } from "./shared/lookup.js";
import { pageOf } from "./shared/paging.js";
import { MAX_CLIENT_SECRETS, secretDescriptor } from "./shared/client-secrets.js";

// Never the values. A client holds at most two secrets, so one page always holds them all; a public
// client lists none.
export default defineOperation("ListUserPoolClientSecrets", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const client = getClient(pool, input.ClientId);
  const secrets = clientSecrets(pool.admin, client);
  const { page } = pageOf(ctx, `ListUserPoolClientSecrets:${pool.id}:${client.ClientId}`, secrets, MAX_CLIENT_SECRETS, input.NextToken);
  return { ClientSecrets: page.map((s) => secretDescriptor(s)) };
});
