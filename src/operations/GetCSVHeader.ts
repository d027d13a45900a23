import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { csvHeader } from "./shared/import-jobs.js";

export default defineOperation("GetCSVHeader", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  return { UserPoolId: pool.id, CSVHeader: csvHeader(pool) };
});
