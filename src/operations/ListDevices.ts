import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { listDevices } from "./shared/devices.js";

export default defineOperation("ListDevices", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  return listDevices(ctx, pool, user, input.Limit, input.PaginationToken);
});
