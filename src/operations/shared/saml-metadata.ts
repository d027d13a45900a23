// SAML ProviderDetails: Cognito reads the IdP's metadata and shows the endpoints it found. The mock
// reads a MetadataFile the same way; a MetadataURL is accepted as given, since the mock fetches nothing.
import { InvalidParameterException } from "../../../generated/errors.js";

const REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

export function samlDetails(given: Record<string, string>): Record<string, string> {
  if (!given.MetadataURL && !given.MetadataFile) {
    // reported verbatim (hashicorp/terraform-provider-aws#4815)
    throw new InvalidParameterException("At least one of the MetadataURL or MetadataFile should be provided.");
  }
  if (given.RequestSigningAlgorithm !== undefined && given.RequestSigningAlgorithm !== "rsa-sha256") {
    throw new InvalidParameterException("RequestSigningAlgorithm must be rsa-sha256.");
  }
  const details = { ...given };
  if (!given.MetadataFile) return details;
  if (!/<(?:[\w-]+:)?EntityDescriptor[\s>]/.test(given.MetadataFile)) throw new InvalidParameterException("Unable to unmarshall metadata");
  const sso = redirectLocation(given.MetadataFile, "SingleSignOnService");
  // Cognito signs users in through the HTTP-Redirect binding only
  if (!sso) throw new InvalidParameterException("No SingleSignOn Http redirect binding location found in metadata.");
  details.SSORedirectBindingURI = sso;
  const slo = redirectLocation(given.MetadataFile, "SingleLogoutService");
  if (slo) details.SLORedirectBindingURI = slo;
  return details;
}

function redirectLocation(xml: string, element: string): string | undefined {
  for (const [tag] of xml.matchAll(new RegExp(`<(?:[\\w-]+:)?${element}\\b[^>]*>`, "g"))) {
    if (attribute(tag, "Binding") === REDIRECT_BINDING) return attribute(tag, "Location");
  }
  return undefined;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);
}
