// Risk configurations: the cross-field rules SetRiskConfiguration checks, and the view both risk
// operations answer with.
import type { RequestOf, Shape } from "../../../generated/operations.js";
import { InvalidParameterException } from "../../../generated/errors.js";
import { epochSeconds } from "../../engine/clock.js";
import type { PoolRecord } from "../../state/pool.js";
import type { RiskRecord } from "../../state/pool-admin.js";

const ALL_EVENTS: Shape<"EventFilterType">[] = ["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"];

/** What a Set request configures, checked; undefined when it names only the pool (and client): a reset. */
export function riskRecord(input: RequestOf<"SetRiskConfiguration">, now: number): RiskRecord | undefined {
  const { CompromisedCredentialsRiskConfiguration: cc, AccountTakeoverRiskConfiguration: ato, RiskExceptionConfiguration: ex } = input;
  if (!cc && !ato && !ex) return undefined;
  for (const range of [...(ex?.BlockedIPRangeList ?? []), ...(ex?.SkippedIPRangeList ?? [])]) {
    if (!isCidr(range)) throw new InvalidParameterException(`IP range ${range} is not in valid CIDR notation.`);
  }
  const actions = ato ? Object.values(ato.Actions) : [];
  if (actions.some((a) => a?.Notify) && !ato?.NotifyConfiguration) {
    throw new InvalidParameterException("NotifyConfiguration is required when an account takeover action notifies users.");
  }
  const record: RiskRecord = { modified: now };
  // Cognito watches every event for compromised credentials unless told otherwise
  if (cc) record.compromisedCredentials = { ...structuredClone(cc), EventFilter: [...new Set(cc.EventFilter?.length ? cc.EventFilter : ALL_EVENTS)] };
  if (ato) record.accountTakeover = structuredClone(ato);
  if (ex) record.exceptions = structuredClone(ex);
  return record;
}

/** A risk configuration as Describe shows it; ClientId only when the record is the client's own. */
export function riskView(pool: PoolRecord, record: RiskRecord | undefined, clientId?: string): Shape<"RiskConfigurationType"> {
  const view: Shape<"RiskConfigurationType"> = { UserPoolId: pool.id };
  if (clientId !== undefined) view.ClientId = clientId;
  if (!record) return view;
  if (record.compromisedCredentials) view.CompromisedCredentialsRiskConfiguration = structuredClone(record.compromisedCredentials);
  if (record.accountTakeover) view.AccountTakeoverRiskConfiguration = structuredClone(record.accountTakeover);
  if (record.exceptions) view.RiskExceptionConfiguration = structuredClone(record.exceptions);
  view.LastModifiedDate = epochSeconds(record.modified);
  return view;
}

/** The configuration in force for a client: its own, or else the pool's. */
export function effectiveRisk(pool: PoolRecord, clientId: string | undefined): Shape<"RiskConfigurationType"> {
  const own = clientId === undefined ? undefined : pool.admin.clientRisk.get(clientId);
  return own ? riskView(pool, own, clientId) : riskView(pool, pool.admin.risk);
}

function isCidr(range: string): boolean {
  const [address, prefix, extra] = range.split("/");
  if (extra !== undefined || prefix === undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address!)) return bits <= 32 && address!.split(".").every((o) => Number(o) <= 255);
  return bits <= 128 && isIpv6(address!);
}

function isIpv6(address: string): boolean {
  const halves = address.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === "" ? [] : h.split(":")));
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}
