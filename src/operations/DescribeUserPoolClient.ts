import { defineOperation } from "../engine/context.js";
import { getClient, getPool } from "./shared/lookup.js";

export default defineOperation("DescribeUserPoolClient", (input, ctx) => ({
  UserPoolClient: structuredClone(getClient(getPool(ctx, input.UserPoolId), input.ClientId)),
}));
