import { defineOperation } from "../engine/context.js";
import { poolByArn } from "./shared/resources.js";

export default defineOperation("UntagResource", (input, ctx) => {
  const pool = poolByArn(ctx, input.ResourceArn);
  const tags = { ...pool.tags };
  for (const k of input.TagKeys) delete tags[k];
  pool.tags = tags;
  return {};
});
