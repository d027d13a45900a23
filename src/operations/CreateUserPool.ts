import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { newPoolId, poolArn } from "../state/ids.js";
import { newPoolRecord, type PoolSettings } from "../state/pool.js";
import { standardSchema } from "../state/schema-attributes.js";
import { applySchema } from "./shared/schema.js";
import { describePool } from "./shared/pool-view.js";
import { checkPoolSettings } from "./shared/pool-settings.js";

export default defineOperation("CreateUserPool", (input, ctx) => {
  const { PoolName, Schema, UserPoolTags, ...settings } = input;
  if (settings.UsernameAttributes?.length && settings.AliasAttributes?.length) {
    throw new InvalidParameterException("Only one of AliasAttributes and UsernameAttributes can be set in a user pool.");
  }
  checkPoolSettings(settings as PoolSettings);
  const schema = applySchema(standardSchema(), Schema);
  let id = newPoolId(ctx.region, ctx.random);
  while (ctx.store.pools.has(id)) id = newPoolId(ctx.region, ctx.random);
  const pool = newPoolRecord({
    id, arn: poolArn(ctx.region, ctx.accountId, id), region: ctx.region, name: PoolName,
    created: ctx.now, modified: ctx.now, settings: structuredClone(settings), schema, tags: { ...UserPoolTags },
  });
  ctx.store.pools.set(id, pool);
  return { UserPool: describePool(pool) };
});
