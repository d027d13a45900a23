import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { checkStyle, getBranding, mergeAssets, mergeSettings } from "./shared/branding.js";
import { brandingType, forgetRemovedClients } from "./shared/hosted-ui.js";

// Large styles arrive in several requests, so an update keeps whatever it does not name: settings merge
// member by member, assets slot by slot. UseCognitoProvidedValues resets the style to Cognito's defaults.
export default defineOperation("UpdateManagedLoginBranding", (input, ctx) => {
  // the model leaves both ids optional, so the contract check lets a request without them through
  if (input.UserPoolId === undefined) throw missing("userPoolId");
  if (input.ManagedLoginBrandingId === undefined) throw missing("managedLoginBrandingId");
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const style = getBranding(pool, input.ManagedLoginBrandingId);
  checkStyle(input);

  if (input.UseCognitoProvidedValues) {
    style.useCognitoProvidedValues = true;
    style.settings = undefined;
    style.assets = [];
  } else {
    if (input.Settings !== undefined) style.settings = mergeSettings(style.settings, input.Settings);
    if (input.Assets !== undefined) style.assets = mergeAssets(style.assets, input.Assets);
    // a style with values of its own no longer follows Cognito's defaults
    if (input.UseCognitoProvidedValues === false || input.Settings !== undefined || input.Assets?.length) style.useCognitoProvidedValues = false;
  }
  style.modified = ctx.now;
  return { ManagedLoginBranding: brandingType(pool, style) };
});

const missing = (member: string) =>
  new InvalidParameterException(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
