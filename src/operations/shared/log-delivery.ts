// The rules of a pool's log delivery: one configuration per event source, each with one destination
// that suits the source, and user-activity export only on the Plus plan.
import type { Shape } from "../../../generated/operations.js";
import { FeatureUnavailableInTierException, InvalidParameterException } from "../../../generated/errors.js";
import type { PoolRecord } from "../../state/pool.js";

type LogConfiguration = Shape<"LogConfigurationType">;

const DESTINATIONS = {
  CloudWatchLogsConfiguration: { key: "LogGroupArn", service: "logs", what: "a CloudWatch Logs log group" },
  S3Configuration: { key: "BucketArn", service: "s3", what: "an Amazon S3 bucket" },
  FirehoseConfiguration: { key: "StreamArn", service: "firehose", what: "an Amazon Data Firehose stream" },
} as const;

type Destination = keyof typeof DESTINATIONS;

export function checkLogConfigurations(pool: PoolRecord, configurations: readonly LogConfiguration[]): void {
  const seen = new Set<string>();
  for (const c of configurations) {
    if (seen.has(c.EventSource)) throw new InvalidParameterException(`Only one log configuration is allowed per event source; ${c.EventSource} appears twice.`);
    seen.add(c.EventSource);
    const destinations = (Object.keys(DESTINATIONS) as Destination[]).filter((d) => c[d] !== undefined);
    if (destinations.length !== 1) throw new InvalidParameterException(`A log configuration for ${c.EventSource} must have exactly one destination.`);
    const destination = destinations[0]!;
    checkArn(destination, c[destination] as Record<string, string | undefined>);
    if (c.EventSource === "userNotification") {
      // message-delivery errors: only ERROR level, only to CloudWatch Logs
      if (c.LogLevel !== "ERROR") throw new InvalidParameterException("userNotification logs support only the ERROR log level.");
      if (destination !== "CloudWatchLogsConfiguration") throw new InvalidParameterException("userNotification logs can only be delivered to CloudWatch Logs.");
    } else {
      // user activity from threat protection: INFO level, and only in pools on the Plus plan
      if (c.LogLevel !== "INFO") throw new InvalidParameterException("userAuthEvents logs support only the INFO log level.");
      const tier = pool.settings.UserPoolTier ?? "ESSENTIALS";
      if (tier !== "PLUS") throw new FeatureUnavailableInTierException(`Exporting userAuthEvents logs requires the PLUS feature plan; user pool ${pool.id} is on ${tier}.`);
    }
  }
}

function checkArn(destination: Destination, config: Record<string, string | undefined>): void {
  const { key, service, what } = DESTINATIONS[destination];
  const arn = config[key];
  if (arn === undefined) throw new InvalidParameterException(`${destination}.${key} is required.`);
  if (arn.split(":")[2] !== service) throw new InvalidParameterException(`${destination}.${key} must be the ARN of ${what}.`);
}
