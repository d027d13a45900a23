// Device sign-in: DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER. (Owned by the devices work.)
import { InvalidParameterException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { AuthAnswer } from "./common.js";
import type { RespondRequest } from "./respond.js";

export async function respondDevice(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  void ctx;
  throw new InvalidParameterException(`${r.challenge} is not supported by cognito-idp-mock yet.`);
}
