import { ResourceNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getClient, getPool } from "./shared/lookup.js";
import { brandingOfClient } from "./shared/branding.js";
import { brandingType, forgetRemovedClients } from "./shared/hosted-ui.js";

export default defineOperation("DescribeManagedLoginBrandingByClient", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const client = getClient(pool, input.ClientId);
  const style = brandingOfClient(pool, client.ClientId);
  if (!style) throw new ResourceNotFoundException(`No managed login branding style is assigned to app client ${client.ClientId}.`);
  return { ManagedLoginBranding: brandingType(pool, style) };
});
