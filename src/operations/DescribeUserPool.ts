import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { describePool } from "./shared/pool-view.js";

export default defineOperation("DescribeUserPool", (input, ctx) => ({ UserPool: describePool(getPool(ctx, input.UserPoolId)) }));
