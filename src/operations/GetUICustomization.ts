import { defineOperation } from "../engine/context.js";
import { getClient, getPool } from "./shared/lookup.js";
import { ALL_CLIENTS, forgetRemovedClients, uiCustomizationType } from "./shared/hosted-ui.js";

// A client without its own customization shows the pool-wide one (ClientId ALL); with neither, Cognito
// answers with an empty object.
export default defineOperation("GetUICustomization", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const clientId = input.ClientId ?? ALL_CLIENTS;
  if (clientId !== ALL_CLIENTS) getClient(pool, clientId);
  const customizations = pool.hostedUi.uiCustomizations;
  const found = customizations.get(clientId) ?? customizations.get(ALL_CLIENTS);
  return { UICustomization: found ? uiCustomizationType(pool, found) : {} };
});
