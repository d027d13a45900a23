// Managed login branding styles: lookups, what Cognito accepts in a style, and how an update merges.
import { InvalidParameterException, ResourceNotFoundException } from "../../../generated/errors.js";
import type { Shape } from "../../../generated/operations.js";
import type { BrandingRecord } from "../../state/hosted-ui.js";
import type { PoolRecord } from "../../state/pool.js";

type Asset = Shape<"AssetType">;
type Settings = Shape<"Document">;

export function getBranding(pool: PoolRecord, id: string): BrandingRecord {
  const style = pool.hostedUi.brandings.get(id);
  if (!style) throw new ResourceNotFoundException(`Managed login branding style ${id} does not exist.`);
  return style;
}

export const brandingOfClient = (pool: PoolRecord, clientId: string): BrandingRecord | undefined =>
  [...pool.hostedUi.brandings.values()].find((b) => b.clientId === clientId);

/** Cognito's defaults stand in for Settings and Assets, so asking for both is contradictory. */
export function checkStyle(input: { UseCognitoProvidedValues?: boolean; Settings?: Settings; Assets?: Asset[] }): void {
  if (input.UseCognitoProvidedValues && (input.Settings !== undefined || input.Assets?.length)) {
    throw new InvalidParameterException("Settings and Assets must be omitted when UseCognitoProvidedValues is true.");
  }
  if (input.Settings !== undefined && !isObject(input.Settings)) throw new InvalidParameterException("Settings must be a JSON object.");
  const seen = new Set<string>();
  for (const a of input.Assets ?? []) {
    if (a.Bytes === undefined && a.ResourceId === undefined) {
      throw new InvalidParameterException(`The ${a.Category} asset for color mode ${a.ColorMode} has neither Bytes nor a ResourceId.`);
    }
    const key = assetKey(a);
    if (seen.has(key)) throw new InvalidParameterException(`Assets contain more than one ${a.Category} for color mode ${a.ColorMode}.`);
    seen.add(key);
  }
}

/** An asset fills one role (category) in one color mode; a newer asset for the same slot replaces the older. */
export function mergeAssets(current: Asset[], incoming: Asset[]): Asset[] {
  const bySlot = new Map(current.map((a) => [assetKey(a), a]));
  for (const a of incoming) bySlot.set(assetKey(a), { ...a });
  return [...bySlot.values()];
}

/** Settings not named in an update keep their values: objects merge member by member, anything else is replaced. */
export function mergeSettings(current: Settings | undefined, patch: Settings): Settings {
  if (!isObject(current) || !isObject(patch)) return structuredClone(patch);
  const merged: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) merged[k] = k in current ? mergeSettings(current[k] as Settings, v as Settings) : structuredClone(v);
  return merged;
}

const assetKey = (a: Asset) => `${a.Category}/${a.ColorMode}`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
