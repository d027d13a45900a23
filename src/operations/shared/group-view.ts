import type { Shape } from "../../../generated/operations.js";
import { epochSeconds } from "../../engine/clock.js";
import type { GroupRecord, PoolRecord } from "../../state/pool.js";

/** Precedence and RoleArn appear only when set, as in Cognito's answers. */
export function groupType(pool: PoolRecord, g: GroupRecord): Shape<"GroupType"> {
  return {
    GroupName: g.name,
    UserPoolId: pool.id,
    ...(g.description !== undefined ? { Description: g.description } : {}),
    ...(g.roleArn !== undefined ? { RoleArn: g.roleArn } : {}),
    ...(g.precedence !== undefined ? { Precedence: g.precedence } : {}),
    LastModifiedDate: epochSeconds(g.modified),
    CreationDate: epochSeconds(g.created),
  };
}
