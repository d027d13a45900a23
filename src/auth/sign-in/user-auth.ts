// USER_AUTH, choice-based sign-in: SELECT_CHALLENGE, PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP,
// WEB_AUTHN. (Owned by the USER_AUTH / WebAuthn work.)
import { InvalidParameterException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { AuthAnswer } from "./common.js";
import type { InitiateRequest } from "./initiate.js";
import type { RespondRequest } from "./respond.js";

export async function startUserAuth(ctx: OperationContext, r: InitiateRequest): Promise<AuthAnswer> {
  void ctx; void r;
  throw new InvalidParameterException("USER_AUTH choice-based sign-in is not supported by cognito-idp-mock yet.");
}

/** Answers to challenges that belong to a USER_AUTH sign-in. */
export async function respondUserAuth(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  void ctx;
  throw new InvalidParameterException(`${r.challenge} is not supported by cognito-idp-mock yet.`);
}
