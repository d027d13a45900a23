// Sign-up and recovery operations name a client, prove it with SecretHash, and name the user as the
// user typed it.
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import { checkSecretHash, poolAndClient } from "../../auth/sign-in/common.js";

export function publicClient(ctx: OperationContext, clientId: string, username: string, secretHash: string | undefined): { pool: PoolRecord; client: ClientRecord } {
  const found = poolAndClient(ctx, clientId);
  checkSecretHash(found.client, username, secretHash, found.pool);
  return found;
}

/** Where a confirmation code goes: email if the pool verifies email and the user has one, else the phone. */
export function verificationTarget(pool: PoolRecord, attributes: ReadonlyMap<string, string>): "email" | "phone_number" | undefined {
  const auto = pool.settings.AutoVerifiedAttributes ?? [];
  if (auto.includes("email") && attributes.get("email")) return "email";
  if (auto.includes("phone_number") && attributes.get("phone_number")) return "phone_number";
  return undefined;
}
