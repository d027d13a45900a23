// The identity operations (identity providers, linked identities, resource servers), registered with
// the engine by src/operations/index.ts.
import type { OperationModule } from "../../engine/context.js";
import AdminDisableProviderForUser from "../AdminDisableProviderForUser.js";
import AdminLinkProviderForUser from "../AdminLinkProviderForUser.js";
import CreateIdentityProvider from "../CreateIdentityProvider.js";
import CreateResourceServer from "../CreateResourceServer.js";
import DeleteIdentityProvider from "../DeleteIdentityProvider.js";
import DeleteResourceServer from "../DeleteResourceServer.js";
import DescribeIdentityProvider from "../DescribeIdentityProvider.js";
import DescribeResourceServer from "../DescribeResourceServer.js";
import GetIdentityProviderByIdentifier from "../GetIdentityProviderByIdentifier.js";
import ListIdentityProviders from "../ListIdentityProviders.js";
import ListResourceServers from "../ListResourceServers.js";
import UpdateIdentityProvider from "../UpdateIdentityProvider.js";
import UpdateResourceServer from "../UpdateResourceServer.js";

export const identityOperations = [
  CreateIdentityProvider, DescribeIdentityProvider, UpdateIdentityProvider, DeleteIdentityProvider, ListIdentityProviders,
  GetIdentityProviderByIdentifier, AdminLinkProviderForUser, AdminDisableProviderForUser,
  CreateResourceServer, DescribeResourceServer, UpdateResourceServer, DeleteResourceServer, ListResourceServers,
] as unknown as readonly OperationModule[];
