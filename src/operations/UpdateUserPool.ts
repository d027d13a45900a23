import { defineOperation } from "../engine/context.js";
import type { PoolSettings } from "../state/pool.js";
import { getPool } from "./shared/lookup.js";
import { checkPoolSettings } from "./shared/pool-settings.js";

// Like Cognito, an update replaces the settings it may change: what the request leaves out goes back to
// its default. Settings fixed at creation (username and alias attributes, case sensitivity) stay.
export default defineOperation("UpdateUserPool", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { UserPoolId: _id, PoolName, UserPoolTags, ...changes } = input;
  const settings: PoolSettings = {
    ...structuredClone(changes),
    ...(pool.settings.UsernameAttributes ? { UsernameAttributes: pool.settings.UsernameAttributes } : {}),
    ...(pool.settings.AliasAttributes ? { AliasAttributes: pool.settings.AliasAttributes } : {}),
    ...(pool.settings.UsernameConfiguration ? { UsernameConfiguration: pool.settings.UsernameConfiguration } : {}),
  };
  checkPoolSettings(settings);
  pool.settings = settings;
  if (PoolName !== undefined) pool.name = PoolName;
  if (UserPoolTags !== undefined) pool.tags = { ...UserPoolTags };
  pool.modified = ctx.now;
  return {};
});
