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
];
