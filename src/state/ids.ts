// Identifier formats as Cognito issues them.
import { ALPHANUMERIC, LOWER_ALPHANUMERIC, type Random } from "../engine/random.js";

/** `<region>_<9 alphanumerics>`, e.g. us-east-2_CIlIKaiUZ */
export const newPoolId = (region: string, random: Random) => `${region}_${random.string(9, ALPHANUMERIC)}`;
/** 26 lowercase letters and digits */
export const newClientId = (random: Random) => random.string(26, LOWER_ALPHANUMERIC);
/** 51 lowercase letters and digits (the model allows 24-64 of [\w+]) */
export const newClientSecret = (random: Random) => random.string(51, LOWER_ALPHANUMERIC);

export const poolArn = (region: string, accountId: string, poolId: string) => `arn:aws:cognito-idp:${region}:${accountId}:userpool/${poolId}`;

/** The region a pool id belongs to: the part before the underscore. */
export const regionOfPoolId = (poolId: string) => poolId.slice(0, poolId.indexOf("_"));
/** What SRP calls the pool name: the part after the first underscore. */
export const poolNameForSrp = (poolId: string) => poolId.slice(poolId.indexOf("_") + 1);
