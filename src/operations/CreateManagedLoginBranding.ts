import { ManagedLoginBrandingExistsException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import type { BrandingRecord } from "../state/hosted-ui.js";
import { getClient, getPool } from "./shared/lookup.js";
import { brandingOfClient, checkStyle } from "./shared/branding.js";
import { brandingType, forgetRemovedClients } from "./shared/hosted-ui.js";

// One style per app client: a second one is refused until the first is deleted.
export default defineOperation("CreateManagedLoginBranding", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const client = getClient(pool, input.ClientId);
  if (brandingOfClient(pool, client.ClientId)) {
    throw new ManagedLoginBrandingExistsException(`A managed login branding style already exists for app client ${client.ClientId}.`);
  }
  checkStyle(input);
  let id = ctx.random.uuid(4);
  while (pool.hostedUi.brandings.has(id)) id = ctx.random.uuid(4);
  const style: BrandingRecord = {
    id,
    clientId: client.ClientId,
    useCognitoProvidedValues: input.UseCognitoProvidedValues ?? false,
    settings: input.Settings === undefined ? undefined : structuredClone(input.Settings),
    assets: (input.Assets ?? []).map((a) => ({ ...a })),
    created: ctx.now,
    modified: ctx.now,
  };
  pool.hostedUi.brandings.set(id, style);
  return { ManagedLoginBranding: brandingType(pool, style) };
});
