import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getBranding } from "./shared/branding.js";
import { brandingType, forgetRemovedClients } from "./shared/hosted-ui.js";

// ReturnMergedResources would add Cognito's default values for everything the style leaves unset; the mock
// does not carry Cognito's default style document, so it shows what the style itself holds either way.
export default defineOperation("DescribeManagedLoginBranding", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  return { ManagedLoginBranding: brandingType(pool, getBranding(pool, input.ManagedLoginBrandingId)) };
});
