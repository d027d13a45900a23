import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getBranding } from "./shared/branding.js";
import { forgetRemovedClients } from "./shared/hosted-ui.js";

// The app client is left without a style (its managed login pages stop working until it gets a new one).
export default defineOperation("DeleteManagedLoginBranding", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const style = getBranding(pool, input.ManagedLoginBrandingId);
  pool.hostedUi.brandings.delete(style.id);
  return {};
});
