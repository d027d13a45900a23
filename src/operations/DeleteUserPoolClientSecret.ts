import { InvalidParameterException, ResourceNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { clientSecrets } from "../state/pool-admin.js";
import { getClient, getPool } from "./shared/lookup.js";

// The last secret of a client cannot go. When the oldest one goes, the other becomes the secret that
// DescribeUserPoolClient shows.
export default defineOperation("DeleteUserPoolClientSecret", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const client = getClient(pool, input.ClientId);
  const secrets = clientSecrets(pool.admin, client);
  const index = secrets.findIndex((s) => s.id === input.ClientSecretId);
  if (index < 0) throw new ResourceNotFoundException(`Client secret ${input.ClientSecretId} does not exist.`);
  if (secrets.length === 1) throw new InvalidParameterException(`Client secret ${input.ClientSecretId} is the last secret of client ${client.ClientId} and cannot be deleted.`);
  secrets.splice(index, 1);
  client.ClientSecret = secrets[0]!.value;
  return {};
});
