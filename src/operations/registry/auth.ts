// Sign-up, sign-in, tokens, MFA and the signed-in user's own operations.
import type { OperationModule } from "../../engine/context.js";
import InitiateAuth from "../InitiateAuth.js";
import AdminInitiateAuth from "../AdminInitiateAuth.js";
import RespondToAuthChallenge from "../RespondToAuthChallenge.js";
import AdminRespondToAuthChallenge from "../AdminRespondToAuthChallenge.js";
import SignUp from "../SignUp.js";
import ConfirmSignUp from "../ConfirmSignUp.js";
import ResendConfirmationCode from "../ResendConfirmationCode.js";
import ForgotPassword from "../ForgotPassword.js";
import ConfirmForgotPassword from "../ConfirmForgotPassword.js";
import AdminResetUserPassword from "../AdminResetUserPassword.js";
import GetUser from "../GetUser.js";
import UpdateUserAttributes from "../UpdateUserAttributes.js";
import DeleteUserAttributes from "../DeleteUserAttributes.js";
import DeleteUser from "../DeleteUser.js";
import GetUserAttributeVerificationCode from "../GetUserAttributeVerificationCode.js";
import VerifyUserAttribute from "../VerifyUserAttribute.js";
import ChangePassword from "../ChangePassword.js";
import GlobalSignOut from "../GlobalSignOut.js";
import AdminUserGlobalSignOut from "../AdminUserGlobalSignOut.js";
import RevokeToken from "../RevokeToken.js";
import AssociateSoftwareToken from "../AssociateSoftwareToken.js";
import VerifySoftwareToken from "../VerifySoftwareToken.js";
import SetUserMFAPreference from "../SetUserMFAPreference.js";
import AdminSetUserMFAPreference from "../AdminSetUserMFAPreference.js";
import SetUserSettings from "../SetUserSettings.js";
import AdminSetUserSettings from "../AdminSetUserSettings.js";
import GetTokensFromRefreshToken from "../GetTokensFromRefreshToken.js";
import AdminListUserAuthEvents from "../AdminListUserAuthEvents.js";
import AdminUpdateAuthEventFeedback from "../AdminUpdateAuthEventFeedback.js";
import UpdateAuthEventFeedback from "../UpdateAuthEventFeedback.js";

export const authOperations: readonly OperationModule[] = [
  InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge, AdminRespondToAuthChallenge,
  SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword, AdminResetUserPassword,
  GetUser, UpdateUserAttributes, DeleteUserAttributes, DeleteUser, GetUserAttributeVerificationCode, VerifyUserAttribute,
  ChangePassword, GlobalSignOut, AdminUserGlobalSignOut, RevokeToken,
  AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference, AdminSetUserMFAPreference, SetUserSettings, AdminSetUserSettings,
  GetTokensFromRefreshToken, AdminListUserAuthEvents, AdminUpdateAuthEventFeedback, UpdateAuthEventFeedback,
] as unknown as readonly OperationModule[];
