// A pool as DescribeUserPool shows it: defaults filled in where the caller set nothing, keys Cognito
// leaves out when unconfigured left out here too.
import type { Shape } from "../../../generated/operations.js";
import { epochSeconds } from "../../engine/clock.js";
import { DEFAULT_PASSWORD_POLICY } from "../../auth/password-policy.js";
import type { PoolRecord } from "../../state/pool.js";

export function describePool(pool: PoolRecord): Shape<"UserPoolType"> {
  const s = pool.settings;
  const view: Shape<"UserPoolType"> = {
    Id: pool.id,
    Name: pool.name,
    Policies: {
      PasswordPolicy: { ...DEFAULT_PASSWORD_POLICY, ...s.Policies?.PasswordPolicy },
      SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD"], ...s.Policies?.SignInPolicy },
    },
    LambdaConfig: s.LambdaConfig ?? {},
    LastModifiedDate: epochSeconds(pool.modified),
    CreationDate: epochSeconds(pool.created),
    SchemaAttributes: pool.schema,
    VerificationMessageTemplate: verificationTemplate(pool),
    MfaConfiguration: s.MfaConfiguration ?? "OFF",
    EstimatedNumberOfUsers: pool.users.size,
    EmailConfiguration: s.EmailConfiguration ?? { EmailSendingAccount: "COGNITO_DEFAULT" },
    UserPoolTags: pool.tags,
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7, ...s.AdminCreateUserConfig },
    Arn: pool.arn,
    UserPoolTier: s.UserPoolTier ?? "ESSENTIALS",
  };
  const optional = [
    "AutoVerifiedAttributes", "AliasAttributes", "UsernameAttributes", "SmsVerificationMessage", "EmailVerificationMessage",
    "EmailVerificationSubject", "SmsAuthenticationMessage", "UserAttributeUpdateSettings", "DeviceConfiguration",
    "SmsConfiguration", "UserPoolAddOns", "UsernameConfiguration", "AccountRecoverySetting", "DeletionProtection",
    "KeyConfiguration", "IssuerConfiguration",
  ] as const;
  for (const k of optional) if (s[k] !== undefined) (view as Record<string, unknown>)[k] = s[k];
  if (pool.domain) view.Domain = pool.domain;
  if (pool.customDomain) view.CustomDomain = pool.customDomain;
  return view;
}

/** The template mirrors the older top-level message settings, as Cognito keeps them in step. */
function verificationTemplate(pool: PoolRecord): Shape<"VerificationMessageTemplateType"> {
  const s = pool.settings;
  const t: Shape<"VerificationMessageTemplateType"> = { DefaultEmailOption: "CONFIRM_WITH_CODE", ...s.VerificationMessageTemplate };
  if (s.EmailVerificationMessage && !t.EmailMessage) t.EmailMessage = s.EmailVerificationMessage;
  if (s.EmailVerificationSubject && !t.EmailSubject) t.EmailSubject = s.EmailVerificationSubject;
  if (s.SmsVerificationMessage && !t.SmsMessage) t.SmsMessage = s.SmsVerificationMessage;
  return t;
}

export function poolDescription(pool: PoolRecord): Shape<"UserPoolDescriptionType"> {
  return { Id: pool.id, Name: pool.name, LambdaConfig: pool.settings.LambdaConfig ?? {}, LastModifiedDate: epochSeconds(pool.modified), CreationDate: epochSeconds(pool.created) };
}
