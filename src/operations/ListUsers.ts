import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { decodePageToken, encodePageToken, firstAfter } from "./shared/paging.js";
import { parseFilter } from "./shared/user-filter.js";
import { filteredUsers } from "./shared/filtered-users.js";
import { listedUserType, userType } from "./shared/user-view.js";
import type { UserRecord } from "../state/user.js";

const DEFAULT_LIMIT = 25;

// Unfiltered pages walk creation order from a cursor, so a page costs what it returns. A filtered
// listing is sorted by the filtered attribute, as Cognito sorts it; that needs the matching users.
export default defineOperation("ListUsers", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const filter = parseFilter(input.Filter);
  const limit = input.Limit || DEFAULT_LIMIT;
  const only = input.AttributesToGet?.length ? new Set(input.AttributesToGet) : undefined;
  if (only) {
    const known = new Set(pool.schema.map((a) => a.Name));
    for (const n of only) if (!known.has(n)) throw new InvalidParameterException(`Invalid attributes given, ${n} is not a valid attribute.`);
  }
  const scope = `ListUsers:${pool.id}:${input.Filter ?? ""}`;
  const cursor = input.PaginationToken === undefined ? undefined : decodePageToken(ctx, scope, input.PaginationToken);

  let page: UserRecord[];
  let next: string | number | undefined;
  if (!filter) {
    page = [];
    let last = 0;
    for (const u of pool.users.after(typeof cursor === "number" ? cursor : 0)) {
      if (page.length === limit) { next = last; break; }
      page.push(u);
      last = u.seq;
    }
  } else {
    const view = filteredUsers(pool.users, filter, input.Filter!, ctx.store.writes);
    const start = cursor === undefined ? 0 : firstAfter(view.keys, String(cursor));
    page = view.users.slice(start, start + limit);
    if (start + limit < view.users.length) next = view.keys[start + limit - 1];
  }
  return {
    Users: page.map((u) => (only ? userType(u, only) : listedUserType(u, ctx.store.writes))),
    ...(next !== undefined ? { PaginationToken: encodePageToken(ctx, scope, next) } : {}),
  };
});
