import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { signingCertificate } from "./shared/signing-certificate.js";

// Made on first request and kept, so the same pool answers with the same certificate (until a year
// of mock time has passed, when Cognito would have issued its yearly successor).
export default defineOperation("GetSigningCertificate", async (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { der } = await signingCertificate(pool.admin, pool.id, ctx.now, ctx.random);
  return { Certificate: der };
});
