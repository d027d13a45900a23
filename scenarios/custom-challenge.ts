// Custom authentication (CUSTOM_AUTH): Lambda-style triggers ask a question instead of (or after) the password.
import { defineScenario } from "../src/scenarios/define.js";
import type { TriggerEvent } from "../src/auth/triggers.js";
import { createPool, createUser, PASSWORD } from "./shared/challenge-setup.js";

const QUESTION = "What is 6 x 7?";
const ANSWER = "42";
const MAX_TRIES = 3;

type Step = { challengeName: string; challengeResult: boolean };
const lambda = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;

export default defineScenario({
  name: "custom-challenge",
  kind: "challenge",
  description:
    "A pool whose define, create and verify auth challenge triggers run a custom sign-in (CUSTOM_AUTH): the user is asked " +
    `"${QUESTION}" (ChallengeParameters.question) and must answer ${ANSWER}. A wrong answer asks again; after ${MAX_TRIES} wrong answers ` +
    "the sign-in fails (NotAuthorizedException). Started without a password (Amplify authFlowType CUSTOM_WITHOUT_SRP: " +
    "CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE), or with SRP_A first (CUSTOM_WITH_SRP), in which case the password is checked before the question. " +
    "The triggers are JavaScript functions in the mock; the pool's LambdaConfig names stand-in Lambda ARNs.",
  seeds: "1 pool with custom auth triggers and a public web client, 1 CONFIRMED user",
  credentials: [{ username: "custom-user", password: PASSWORD, notes: `answer the question "${QUESTION}" with ${ANSWER}` }],
  async setup(api) {
    const pool = await createPool(api, "custom-challenge", {
      LambdaConfig: {
        DefineAuthChallenge: lambda("define-auth-challenge"), CreateAuthChallenge: lambda("create-auth-challenge"),
        VerifyAuthChallengeResponse: lambda("verify-auth-challenge-response"),
      },
    });
    await createUser(api, pool.userPoolId, "custom-user", { email: "custom-user@example.com" });
    api.mock.setTriggers(pool.userPoolId, {
      // only the custom steps count: a password proven first (SRP_A, PASSWORD_VERIFIER) just leads to the question
      defineAuthChallenge: (e: TriggerEvent<{ session: Step[] }, Record<string, unknown>>) => {
        const asked = e.request.session.filter((s) => s.challengeName === "CUSTOM_CHALLENGE");
        const last = asked[asked.length - 1];
        if (last?.challengeResult) Object.assign(e.response, { issueTokens: true, failAuthentication: false });
        else if (asked.length >= MAX_TRIES) Object.assign(e.response, { issueTokens: false, failAuthentication: true });
        else Object.assign(e.response, { challengeName: "CUSTOM_CHALLENGE", issueTokens: false, failAuthentication: false });
        return e;
      },
      createAuthChallenge: (e) => {
        Object.assign(e.response, { publicChallengeParameters: { question: QUESTION }, privateChallengeParameters: { answer: ANSWER }, challengeMetadata: "QUESTION" });
        return e;
      },
      verifyAuthChallengeResponse: (e: TriggerEvent<{ challengeAnswer: string; privateChallengeParameters: { answer: string } }, { answerCorrect: boolean }>) => {
        e.response.answerCorrect = e.request.challengeAnswer.trim() === e.request.privateChallengeParameters.answer;
        return e;
      },
    });
    return { ...pool, users: [{ username: "custom-user", password: PASSWORD, notes: `CUSTOM_AUTH: answer "${QUESTION}" with ${ANSWER} (${MAX_TRIES} tries)` }] };
  },
});
