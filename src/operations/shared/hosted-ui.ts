// Views and upkeep shared by the UI customization, managed login branding and terms operations.
import type { Shape } from "../../../generated/operations.js";
import { epochSeconds } from "../../engine/clock.js";
import type { BrandingRecord, TermsRecord, UiCustomizationRecord } from "../../state/hosted-ui.js";
import type { PoolRecord } from "../../state/pool.js";

/** The client id SetUICustomization and GetUICustomization use for the pool-wide default. */
export const ALL_CLIENTS = "ALL";

/**
 * Styles, terms and customizations belong to an app client and go when it goes. DeleteUserPoolClient knows
 * nothing of them, so they are dropped here, before anything reads them.
 */
export function forgetRemovedClients(pool: PoolRecord): void {
  const { uiCustomizations, brandings, terms } = pool.hostedUi;
  for (const id of uiCustomizations.keys()) if (id !== ALL_CLIENTS && !pool.clients.has(id)) uiCustomizations.delete(id);
  for (const [id, b] of brandings) if (!pool.clients.has(b.clientId)) brandings.delete(id);
  for (const [id, t] of terms) if (!pool.clients.has(t.clientId)) terms.delete(id);
}

export function uiCustomizationType(pool: PoolRecord, c: UiCustomizationRecord): Shape<"UICustomizationType"> {
  return {
    UserPoolId: pool.id,
    ClientId: c.clientId,
    ...(c.imageUrl !== undefined ? { ImageUrl: c.imageUrl } : {}),
    ...(c.css !== undefined ? { CSS: c.css } : {}),
    CSSVersion: c.cssVersion,
    LastModifiedDate: epochSeconds(c.modified),
    CreationDate: epochSeconds(c.created),
  };
}

export function brandingType(pool: PoolRecord, b: BrandingRecord): Shape<"ManagedLoginBrandingType"> {
  return {
    ManagedLoginBrandingId: b.id,
    UserPoolId: pool.id,
    UseCognitoProvidedValues: b.useCognitoProvidedValues,
    ...(b.settings !== undefined ? { Settings: structuredClone(b.settings) } : {}),
    Assets: b.assets.map((a) => ({ ...a })),
    CreationDate: epochSeconds(b.created),
    LastModifiedDate: epochSeconds(b.modified),
  };
}

export function termsType(pool: PoolRecord, t: TermsRecord): Shape<"TermsType"> {
  return {
    TermsId: t.id,
    UserPoolId: pool.id,
    ClientId: t.clientId,
    TermsName: t.name,
    TermsSource: t.source,
    Enforcement: t.enforcement,
    Links: { ...t.links },
    CreationDate: epochSeconds(t.created),
    LastModifiedDate: epochSeconds(t.modified),
  };
}

export function termsDescription(t: TermsRecord): Shape<"TermsDescriptionType"> {
  return { TermsId: t.id, TermsName: t.name, Enforcement: t.enforcement, CreationDate: epochSeconds(t.created), LastModifiedDate: epochSeconds(t.modified) };
}
