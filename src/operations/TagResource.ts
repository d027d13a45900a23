import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { poolByArn } from "./shared/resources.js";

const MAX_TAGS = 50;

export default defineOperation("TagResource", (input, ctx) => {
  const pool = poolByArn(ctx, input.ResourceArn);
  const tags = { ...pool.tags, ...input.Tags };
  if (Object.keys(tags).length > MAX_TAGS) throw new InvalidParameterException(`A resource can have at most ${MAX_TAGS} tags.`);
  pool.tags = tags;
  return {};
});
