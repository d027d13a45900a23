import { defineOperation } from "../engine/context.js";
import { poolByArn } from "./shared/resources.js";

export default defineOperation("ListTagsForResource", (input, ctx) => ({ Tags: { ...poolByArn(ctx, input.ResourceArn).tags } }));
