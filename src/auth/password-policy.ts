// Cognito's password policy check: it reports one clause at a time, with a prefix that depends on the
// operation (see the behaviour notes: SignUp, AdminCreateUser and the rest word it differently).
import type { Shape } from "../../generated/operations.js";
import { InvalidPasswordException } from "../../generated/errors.js";

export type PasswordPolicy = Shape<"PasswordPolicyType">;

export const DEFAULT_PASSWORD_POLICY: Required<Pick<PasswordPolicy, "MinimumLength" | "RequireUppercase" | "RequireLowercase" | "RequireNumbers" | "RequireSymbols" | "TemporaryPasswordValidityDays">> = {
  MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 7,
};

// ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + - and (since 2023) space
const SYMBOLS = new Set("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ");

export const POLICY_PREFIX = {
  signUp: "Password did not conform with policy: ",
  adminCreateUser: "Password did not conform with password policy: ",
  other: "Password does not conform to policy: ",
} as const;

/** The first clause the password breaks, or undefined. */
export function policyViolation(password: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): string | undefined {
  const p = { ...DEFAULT_PASSWORD_POLICY, ...policy };
  if ([...password].length < p.MinimumLength) return "Password not long enough";
  if (p.RequireUppercase && !/\p{Lu}/u.test(password)) return "Password must have uppercase characters";
  if (p.RequireLowercase && !/\p{Ll}/u.test(password)) return "Password must have lowercase characters";
  if (p.RequireNumbers && !/[0-9]/.test(password)) return "Password must have numeric characters";
  if (p.RequireSymbols && ![...password].some((c) => SYMBOLS.has(c))) return "Password must have symbol characters";
  return undefined;
}

export function assertPolicy(password: string, policy: PasswordPolicy | undefined, prefix: string): void {
  const clause = policyViolation(password, policy);
  if (clause) throw new InvalidPasswordException(prefix + clause);
}
