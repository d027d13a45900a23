// Checking a code a user was sent: wrong codes, expired or used codes and too many attempts, in
// Cognito's words.
import { CodeMismatchException, ExpiredCodeException, LimitExceededException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { UserRecord } from "../../state/user.js";

const MAX_FAILURES = 5;

/** Consumes the code kept under `key` when `given` matches; throws otherwise. */
export function useCode(ctx: OperationContext, user: UserRecord, key: string, given: string): void {
  const pending = user.codes.get(key);
  if (!pending) throw new ExpiredCodeException("Invalid code provided, please request a code again.");
  if (pending.failures >= MAX_FAILURES) throw new LimitExceededException("Attempt limit exceeded, please try after some time.");
  if (pending.expiresAt <= ctx.now) {
    user.codes.delete(key);
    throw new ExpiredCodeException("Invalid code provided, please request a code again.");
  }
  if (pending.code !== given) {
    pending.failures++;
    throw new CodeMismatchException("Invalid verification code provided, please try again.");
  }
  user.codes.delete(key);
}
