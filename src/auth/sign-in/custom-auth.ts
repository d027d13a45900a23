// CUSTOM_AUTH: the pool's define/create/verify auth challenge triggers run the conversation. Define
// decides after every step (issue tokens, fail, or which challenge next); create builds the challenge's
// public and private parameters; verify judges each answer. An SRP_A first step checks the password
// with SRP (PASSWORD_VERIFIER) before the custom challenges, as Cognito does.
import { InvalidParameterException, NotAuthorizedException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import type { AuthSession } from "../../state/auth-state.js";
import { hasTrigger, runTrigger } from "../triggers.js";
import { checkCanSignIn, checkSecretHash, newSession, requireParam, signInUser, spendSession, takeSession, unknownUser, type AuthAnswer } from "./common.js";
import { signedIn } from "./next-step.js";

type Step = { challengeName: string; challengeResult: boolean; challengeMetadata?: string };

const attributesOf = (user: UserRecord) => Object.fromEntries(user.attributes);

async function define(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, history: Step[], clientMetadata: Record<string, string>) {
  return runTrigger(ctx, pool, "defineAuthChallenge", "DefineAuthChallenge_Authentication", {
    userName: user.username, clientId: client.ClientId,
    request: { userAttributes: attributesOf(user), session: history, clientMetadata, userNotFound: false },
    response: { challengeName: undefined as string | undefined, issueTokens: false, failAuthentication: false },
  });
}

/** Runs define (and create) after `history`, and answers with tokens or the next challenge. */
async function nextStep(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, history: Step[], clientMetadata: Record<string, string>, authTime: number): Promise<AuthAnswer> {
  const decision = await define(ctx, pool, client, user, history, clientMetadata);
  if (decision.failAuthentication) throw new NotAuthorizedException("Incorrect username or password.");
  if (decision.issueTokens) return signedIn(ctx, pool, client, user, { authTime });
  if (decision.challengeName === "PASSWORD_VERIFIER" || decision.challengeName === "SRP_A") {
    throw new InvalidParameterException("Start CUSTOM_AUTH with CHALLENGE_NAME SRP_A to verify the password first.");
  }
  if (decision.challengeName !== "CUSTOM_CHALLENGE") throw new InvalidParameterException(`DefineAuthChallenge returned an unsupported challenge: ${decision.challengeName}`);
  const created = await runTrigger(ctx, pool, "createAuthChallenge", "CreateAuthChallenge_Authentication", {
    userName: user.username, clientId: client.ClientId,
    request: { userAttributes: attributesOf(user), challengeName: "CUSTOM_CHALLENGE", session: history, clientMetadata, userNotFound: false },
    response: { publicChallengeParameters: {} as Record<string, string>, privateChallengeParameters: {} as Record<string, string>, challengeMetadata: undefined as string | undefined },
  });
  const session = newSession(ctx, pool, client, user, "CUSTOM_CHALLENGE", {
    authTime, custom: { session: history, privateParameters: created.privateChallengeParameters ?? {} },
  });
  (session.custom as { metadata?: string }).metadata = created.challengeMetadata;
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(created.publicChallengeParameters ?? {})) params[k] = String(v);
  return { ChallengeName: "CUSTOM_CHALLENGE", Session: session.id, ChallengeParameters: { ...params, USERNAME: user.username } };
}

export async function startCustomAuth(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, params: Record<string, string>, clientMetadata: Record<string, string>): Promise<AuthAnswer> {
  if (!hasTrigger(ctx, pool, "defineAuthChallenge")) throw new InvalidParameterException("Custom auth lambda trigger is not configured for the user pool.");
  const name = requireParam(params, "USERNAME");
  checkSecretHash(client, name, params.SECRET_HASH, pool);
  const user = signInUser(pool, name);
  if (!user) throw unknownUser(client);
  checkCanSignIn(user);
  return nextStep(ctx, pool, client, user, [], clientMetadata, Math.floor(ctx.now / 1000));
}

/** After a PASSWORD_VERIFIER proved the password in a CUSTOM_AUTH flow started with SRP_A. */
export function continueAfterSrp(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, clientMetadata: Record<string, string>): Promise<AuthAnswer> {
  return nextStep(ctx, pool, client, user, [{ challengeName: "SRP_A", challengeResult: true }, { challengeName: "PASSWORD_VERIFIER", challengeResult: true }], clientMetadata, Math.floor(ctx.now / 1000));
}

export async function answerCustomChallenge(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, sessionId: string | undefined, responses: Record<string, string>, clientMetadata: Record<string, string>): Promise<AuthAnswer> {
  const s: AuthSession = takeSession(ctx, sessionId, client, "CUSTOM_CHALLENGE");
  const user = pool.users.byUsername(s.username);
  if (!user) throw new NotAuthorizedException("Invalid session for the user.");
  checkSecretHash(client, responses.USERNAME ?? user.username, responses.SECRET_HASH, pool);
  const answer = requireParam(responses, "ANSWER");
  const verdict = await runTrigger(ctx, pool, "verifyAuthChallengeResponse", "VerifyAuthChallengeResponse_Authentication", {
    userName: user.username, clientId: client.ClientId,
    request: { userAttributes: attributesOf(user), privateChallengeParameters: s.custom?.privateParameters ?? {}, challengeAnswer: answer, clientMetadata, userNotFound: false },
    response: { answerCorrect: false },
  });
  spendSession(ctx, s);
  const history = [...(s.custom?.session ?? []), { challengeName: "CUSTOM_CHALLENGE", challengeResult: !!verdict.answerCorrect, challengeMetadata: (s.custom as { metadata?: string } | undefined)?.metadata }];
  return nextStep(ctx, pool, client, user, history, clientMetadata, s.authTime ?? Math.floor(ctx.now / 1000));
}
