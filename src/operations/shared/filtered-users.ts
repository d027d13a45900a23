// The users a ListUsers filter matches, in the order Cognito lists them (by the filtered attribute, case
// folded, then creation order). Finding them scans the pool (40-50 ms at 100,000 users), so the sorted
// result is kept and reused for the next pages and for repeated queries, for as long as nothing could have
// changed it: no user added or removed outside an operation (UserDirectory.version: scenario seeding,
// import jobs) and no writing operation begun or ended (Store.writes). A few filters per pool are kept.
import { Lru } from "../../engine/lru.js";
import type { UserDirectory } from "../../state/user-directory.js";
import type { UserRecord } from "../../state/user.js";
import { seqOrder } from "./paging.js";
import { filterValue, matches, type UserFilter } from "./user-filter.js";

export interface FilteredUsers {
  /** sort keys, ascending; a page token carries the last key it returned */
  keys: string[];
  users: UserRecord[];
}

interface View extends FilteredUsers { version: number; writes: number }

const MAX_VIEWS_PER_POOL = 8;
const views = new WeakMap<UserDirectory, Lru<string, View>>();

export function filteredUsers(users: UserDirectory, filter: UserFilter, filterText: string, writes: number): FilteredUsers {
  let byFilter = views.get(users);
  if (!byFilter) views.set(users, (byFilter = new Lru(MAX_VIEWS_PER_POOL)));
  const kept = byFilter.get(filterText);
  if (kept && kept.version === users.version && kept.writes === writes) return kept;
  const view = { version: users.version, writes, ...compute(users, filter) };
  byFilter.set(filterText, view);
  return view;
}

function compute(users: UserDirectory, filter: UserFilter): FilteredUsers {
  const hits: [string, UserRecord][] = [];
  for (const u of candidates(users, filter)) {
    if (matches(filter, u)) hits.push([`${(filterValue(u, filter.attribute) ?? "").toLowerCase()}\u0000${seqOrder(u.seq)}`, u]);
  }
  hits.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { keys: hits.map(([k]) => k), users: hits.map(([, u]) => u) };
}

/** The users a filter can match: one index lookup for an exact username or sub, else everyone. */
function candidates(users: UserDirectory, filter: UserFilter): Iterable<UserRecord> {
  if (!filter.prefix && (filter.attribute === "username" || filter.attribute === "sub")) {
    const u = filter.attribute === "username" ? users.byUsername(filter.value) : users.bySubject(filter.value);
    return u ? [u] : [];
  }
  return users.all();
}
