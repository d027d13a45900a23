// Choice-based sign-in's companions: passkey (WebAuthn) registration and a user's authentication factors.
import type { OperationModule } from "../../engine/context.js";
import StartWebAuthnRegistration from "../StartWebAuthnRegistration.js";
import CompleteWebAuthnRegistration from "../CompleteWebAuthnRegistration.js";
import ListWebAuthnCredentials from "../ListWebAuthnCredentials.js";
import DeleteWebAuthnCredential from "../DeleteWebAuthnCredential.js";
import GetUserAuthFactors from "../GetUserAuthFactors.js";
import AdminGetUserAuthFactors from "../AdminGetUserAuthFactors.js";

export const userAuthOperations: readonly OperationModule[] = [
  StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials, DeleteWebAuthnCredential, GetUserAuthFactors, AdminGetUserAuthFactors,
] as unknown as readonly OperationModule[];
