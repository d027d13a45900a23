// The hosted-ui operations (domains, classic UI customization, managed login branding, terms),
// registered with the engine by src/operations/index.ts.
import type { OperationModule } from "../../engine/context.js";
import CreateManagedLoginBranding from "../CreateManagedLoginBranding.js";
import CreateTerms from "../CreateTerms.js";
import CreateUserPoolDomain from "../CreateUserPoolDomain.js";
import DeleteManagedLoginBranding from "../DeleteManagedLoginBranding.js";
import DeleteTerms from "../DeleteTerms.js";
import DeleteUserPoolDomain from "../DeleteUserPoolDomain.js";
import DescribeManagedLoginBranding from "../DescribeManagedLoginBranding.js";
import DescribeManagedLoginBrandingByClient from "../DescribeManagedLoginBrandingByClient.js";
import DescribeTerms from "../DescribeTerms.js";
import DescribeUserPoolDomain from "../DescribeUserPoolDomain.js";
import GetUICustomization from "../GetUICustomization.js";
import ListTerms from "../ListTerms.js";
import SetUICustomization from "../SetUICustomization.js";
import UpdateManagedLoginBranding from "../UpdateManagedLoginBranding.js";
import UpdateTerms from "../UpdateTerms.js";
import UpdateUserPoolDomain from "../UpdateUserPoolDomain.js";

export const hostedUiOperations = [
  CreateUserPoolDomain,
  DeleteUserPoolDomain,
  DescribeUserPoolDomain,
  UpdateUserPoolDomain,
  GetUICustomization,
  SetUICustomization,
  CreateManagedLoginBranding,
  DeleteManagedLoginBranding,
  DescribeManagedLoginBranding,
  DescribeManagedLoginBrandingByClient,
  UpdateManagedLoginBranding,
  CreateTerms,
  DeleteTerms,
  DescribeTerms,
  ListTerms,
  UpdateTerms,
] as unknown as readonly OperationModule[];
