// The scenarios that ship with cognito-idp-mock, by name. Each file documents itself.
import type { Scenario } from "../src/scenarios/define.js";
import defaultScenario from "./default.js";
// challenges: sign-in steps and user states
import newPasswordRequired from "./new-password-required.js";
import smsMfa from "./sms-mfa.js";
import emailMfa from "./email-mfa.js";
import totpMfa from "./totp-mfa.js";
import mfaSetupRequired from "./mfa-setup-required.js";
import mfaSelect from "./mfa-select.js";
import customChallenge from "./custom-challenge.js";
import passwordlessEmail from "./passwordless-email.js";
import passwordlessSms from "./passwordless-sms.js";
import passkey from "./passkey.js";
import rememberedDevice from "./remembered-device.js";
import unconfirmedUser from "./unconfirmed-user.js";
import passwordResetRequired from "./password-reset-required.js";
import disabledUser from "./disabled-user.js";
// errors: rules that make calls fail or slow (compose them after the scenario whose pool you use)
import throttled from "./throttled.js";
import lockout from "./lockout.js";
import codeDeliveryFailure from "./code-delivery-failure.js";
import expiredCodes from "./expired-codes.js";
import wrongCodes from "./wrong-codes.js";
import serviceOutage from "./service-outage.js";
import slowNetwork from "./slow-network.js";
// data: realistic volume, the same on every run
import users1k from "./users-1k.js";
import users100k from "./users-100k.js";
import manyGroups from "./many-groups.js";
import manyPools from "./many-pools.js";
import manyClients from "./many-clients.js";

export const builtInScenarios: readonly Scenario[] = [
  defaultScenario,
  newPasswordRequired,
  smsMfa,
  emailMfa,
  totpMfa,
  mfaSetupRequired,
  mfaSelect,
  customChallenge,
  passwordlessEmail,
  passwordlessSms,
  passkey,
  rememberedDevice,
  unconfirmedUser,
  passwordResetRequired,
  disabledUser,
  throttled,
  lockout,
  codeDeliveryFailure,
  expiredCodes,
  wrongCodes,
  serviceOutage,
  slowNetwork,
  users1k,
  users100k,
  manyGroups,
  manyPools,
  manyClients,
];
