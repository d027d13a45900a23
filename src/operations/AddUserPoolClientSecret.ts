import { InvalidParameterException, LimitExceededException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { clientSecretId, clientSecrets } from "../state/pool-admin.js";
import { newClientSecret } from "../state/ids.js";
import { getClient, getPool } from "./shared/lookup.js";
import { MAX_CLIENT_SECRETS, secretDescriptor } from "./shared/client-secrets.js";

// A second secret lets a confidential client rotate without downtime; a public client (created
// without a secret) cannot become confidential this way. The client keeps showing its oldest secret
// in DescribeUserPoolClient.
export default defineOperation("AddUserPoolClientSecret", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const client = getClient(pool, input.ClientId);
  if (!client.ClientSecret) throw new InvalidParameterException(`Client ${client.ClientId} is not a confidential client: it has no client secret.`);
  const secrets = clientSecrets(pool.admin, client);
  if (secrets.length >= MAX_CLIENT_SECRETS) throw new LimitExceededException(`Client ${client.ClientId} already has the maximum of ${MAX_CLIENT_SECRETS} client secrets.`);
  if (input.ClientSecret !== undefined && secrets.some((s) => s.value === input.ClientSecret)) {
    throw new InvalidParameterException(`Client ${client.ClientId} already has this client secret.`);
  }
  const value = input.ClientSecret ?? newClientSecret(ctx.random);
  // the id carries the creation time, so two secrets made in the same millisecond get apart by one
  const created = Math.max(ctx.now, secrets[secrets.length - 1]!.created + 1);
  const secret = { id: clientSecretId(client.ClientId, created), value, created };
  secrets.push(secret);
  return { ClientSecretDescriptor: secretDescriptor(secret, input.ClientSecret === undefined) };
});
