// Domains, classic hosted UI customization, managed login branding and terms documents of a pool.
// (Owned by the domain, branding and terms operations.)
import type { Shape } from "../../generated/operations.js";

export interface DomainRecord {
  /** the prefix alone (`myprefix`) or the fully qualified custom domain (`auth.example.com`) */
  domain: string;
  /** set for custom domains only: their ACM certificate */
  customDomainConfig?: Shape<"CustomDomainConfigType">;
  /** 1 = hosted UI (classic), 2 = managed login */
  managedLoginVersion: number;
  routing?: Shape<"RoutingType">;
  /** the CloudFront distribution serving the domain; it survives certificate changes, so DNS aliases stay valid */
  cloudFront: string;
  /** Cognito's build stamp of the hosted pages (yyyyMMddHHmmss) */
  version: string;
  created: number;
}

export interface UiCustomizationRecord {
  /** an app client id, or ALL for the pool-wide default */
  clientId: string;
  css?: string;
  imageUrl?: string;
  cssVersion: string;
  created: number;
  modified: number;
}

export interface BrandingRecord {
  id: string;
  clientId: string;
  useCognitoProvidedValues: boolean;
  settings?: Shape<"Document">;
  assets: Shape<"AssetType">[];
  created: number;
  modified: number;
}

export interface TermsRecord {
  id: string;
  clientId: string;
  name: string;
  source: Shape<"TermsSourceType">;
  enforcement: Shape<"TermsEnforcementType">;
  links: Record<string, string>;
  created: number;
  modified: number;
}

export interface HostedUiState {
  /** at most one prefix domain and one custom domain per pool */
  prefixDomain?: DomainRecord;
  customDomain?: DomainRecord;
  /** by app client id; ALL holds the pool-wide default */
  uiCustomizations: Map<string, UiCustomizationRecord>;
  /** managed login styles by id (one per app client) */
  brandings: Map<string, BrandingRecord>;
  /** terms documents by id, in creation order */
  terms: Map<string, TermsRecord>;
}

export function newHostedUiState(): HostedUiState {
  return { uiCustomizations: new Map(), brandings: new Map(), terms: new Map() };
}
