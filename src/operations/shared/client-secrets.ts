// How client secrets are described: by id and creation date; the value only when Cognito generated it.
import type { Shape } from "../../../generated/operations.js";
import { epochSeconds } from "../../engine/clock.js";
import type { ClientSecretRecord } from "../../state/pool-admin.js";

export const MAX_CLIENT_SECRETS = 2;

export const secretDescriptor = (secret: ClientSecretRecord, showValue = false): Shape<"ClientSecretDescriptorType"> => ({
  ClientSecretId: secret.id,
  ...(showValue ? { ClientSecretValue: secret.value } : {}),
  ClientSecretCreateDate: epochSeconds(secret.created),
});
