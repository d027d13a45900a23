import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import type { UiCustomizationRecord } from "../state/hosted-ui.js";
import { getClient, getPool } from "./shared/lookup.js";
import { timeStamp } from "./shared/domains.js";
import { ALL_CLIENTS, forgetRemovedClients, uiCustomizationType } from "./shared/hosted-ui.js";

// Classic hosted UI branding for one app client, or for all clients without their own (ClientId ALL). Each
// call replaces the whole customization: CSS or a logo left out of the request is removed, and a request
// with neither removes the customization.
export default defineOperation("SetUICustomization", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const clientId = input.ClientId ?? ALL_CLIENTS;
  if (clientId !== ALL_CLIENTS) getClient(pool, clientId);
  // the logo is served from the domain's distribution, so there is nowhere to put one without a domain
  const domain = pool.hostedUi.prefixDomain ?? pool.hostedUi.customDomain;
  if (!domain) throw new InvalidParameterException("A domain must be associated with this user pool.");

  const customizations = pool.hostedUi.uiCustomizations;
  const hasImage = (input.ImageFile ?? "").length > 0;
  if (input.CSS === undefined && !hasImage) {
    customizations.delete(clientId);
    return { UICustomization: { UserPoolId: pool.id, ClientId: clientId } };
  }
  const version = timeStamp(ctx.now);
  const record: UiCustomizationRecord = {
    clientId,
    css: input.CSS,
    imageUrl: hasImage ? `https://${domain.cloudFront}/${pool.id}/${clientId}/${version}/assets/images/image.jpg` : undefined,
    cssVersion: version,
    created: customizations.get(clientId)?.created ?? ctx.now,
    modified: ctx.now,
  };
  customizations.set(clientId, record);
  return { UICustomization: uiCustomizationType(pool, record) };
});
