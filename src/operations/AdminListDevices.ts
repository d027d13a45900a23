import { defineOperation } from "../engine/context.js";
import { deviceOwner } from "./shared/device-owner.js";
import { listDevices } from "./shared/devices.js";

export default defineOperation("AdminListDevices", (input, ctx) => {
  const { pool, user } = deviceOwner(ctx, input.UserPoolId, input.Username, "ResourceNotFound");
  return listDevices(ctx, pool, user, input.Limit, input.PaginationToken);
});
