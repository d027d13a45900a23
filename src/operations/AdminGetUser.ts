import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { adminUserView } from "./shared/user-view.js";

export default defineOperation("AdminGetUser", (input, ctx) => adminUserView(getUser(getPool(ctx, input.UserPoolId), input.Username), ctx.store.writes));
