// Sign-up, sign-in, tokens and the signed-in user's own operations.
import type { OperationModule } from "../../engine/context.js";
import InitiateAuth from "../InitiateAuth.js";
import AdminInitiateAuth from "../AdminInitiateAuth.js";
import RespondToAuthChallenge from "../RespondToAuthChallenge.js";
import AdminRespondToAuthChallenge from "../AdminRespondToAuthChallenge.js";

export const authOperations: readonly OperationModule[] = [
  InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge, AdminRespondToAuthChallenge,
] as unknown as readonly OperationModule[];
