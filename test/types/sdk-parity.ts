// Compile-time parity with the real client: for every operation, the SDK's <Op>CommandInput must match
// our request type and our response type must match its <Op>CommandOutput, member for member: same
// names, same required set, same types (the SDK's Date and Uint8Array mapped to their wire forms, epoch
// seconds and base64). `tsc --noEmit` (part of npm test) fails on any difference not listed below.
import type * as Sdk from "@aws-sdk/client-cognito-identity-provider";
import type { OperationName, RequestOf, ResponseOf } from "../../generated/operations.js";

type IsAny<T> = 0 extends 1 & T ? true : false;
type Defined<T> = Exclude<T, undefined>;
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Never when the SDK type S matches the wire type O; otherwise string literals naming each difference. */
export type Mismatch<S, O, P extends string> =
  IsAny<S> extends true ? never
  : null extends S ? DocumentMismatch<O, P>
  : [Defined<S>] extends [Date] ? ([O] extends [number] ? never : `${P}: a timestamp must be a number`)
  : [Defined<S>] extends [Uint8Array] ? ([O] extends [string] ? never : `${P}: a blob must be a base64 string`)
  : [Defined<S>] extends [readonly (infer SE)[]]
    ? [O] extends [readonly (infer OE)[]] ? Mismatch<SE, OE, `${P}[]`> : `${P}: must be an array`
  : [Defined<S>] extends [string | number | boolean]
    ? Same<Defined<S>, O> extends true ? never : `${P}: ${TypeName<Defined<S>>} vs ${TypeName<O>}`
  : [Defined<S>] extends [object]
    ? string extends keyof Defined<S>
      ? MapMismatch<Defined<S>, O, P>
      : StructMismatch<Defined<S>, EmptyAsStruct<O>, P>
  : `${P}: unexpected SDK type`;

type TypeName<T> = [T] extends [string] ? (string extends T ? "string" : `enum ${Extract<T, string>}`) : [T] extends [number] ? "number" : [T] extends [boolean] ? "boolean" : "other";

// the SDK types `document` members as DocumentType; ours is "any JSON" (object | array | scalar | null)
type MapMismatch<S, O, P extends string> =
  [O] extends [object] ? (string extends keyof O ? (P extends `${string}Document` ? never : Mismatch<S[keyof S & string], O[keyof O & string], `${P}{}`>) : `${P}: must be a map`) : `${P}: must be a map`;

// the SDK types a `document` member as DocumentType (any JSON, null included); ours must accept any JSON
type AnyJson = null | boolean | number | string | unknown[] | { [k: string]: unknown };
type DocumentMismatch<O, P extends string> = [AnyJson] extends [O] ? never : `${P}: a document must accept any JSON`;

// openapi-typescript writes an object with no members as Record<string, never>
type EmptyAsStruct<O> = string extends keyof O ? ([O[keyof O & string]] extends [never] ? {} : O) : O;

type StructMismatch<S, O, P extends string> =
  | { [K in Exclude<keyof S, keyof O> & string]: `${P}.${K}: missing from our type` }[Exclude<keyof S, keyof O> & string]
  | { [K in Exclude<keyof O, keyof S> & string]: `${P}.${K}: not in the SDK` }[Exclude<keyof O, keyof S> & string]
  | { [K in keyof S & keyof O & string]:
        | (Same<K extends OptionalKeys<S> ? true : false, K extends OptionalKeys<O> ? true : false> extends true ? never
            : `${P}.${K}: ${K extends OptionalKeys<S> ? "optional" : "required"} in the SDK, ${K extends OptionalKeys<O> ? "optional" : "required"} in ours`)
        | Mismatch<S[K], Defined<O[K]>, `${P}.${K}`>
    }[keyof S & keyof O & string];

type SdkInput<Op extends string> = Op extends keyof SdkInputs ? SdkInputs[Op] : never;
type SdkInputs = { [K in OperationName]: InstanceType<(typeof Sdk)[`${K}Command`]>["input"] };
type SdkOutputs = { [K in OperationName]: InstanceType<(typeof Sdk)[`${K}Command`]> extends { resolveMiddleware(...a: never[]): (...b: never[]) => Promise<{ output: infer Out }> } ? Omit<Out, "$metadata"> : never };

export type Differences = {
  [K in OperationName]: Mismatch<SdkInput<K>, RequestOf<K>, `${K} request`> | Mismatch<SdkOutputs[K], ResponseOf<K>, `${K} response`>;
}[OperationName];

/** Where the SDK is newer than AWS's model we follow the model; each such difference is listed here. */
// (@aws-sdk/client-cognito-identity-provider 3.1169 against botocore 1.43.67's model.)
export type KnownDifferences =
  | "AdminRespondToAuthChallenge response.AvailableChallenges: missing from our type"
  | "RespondToAuthChallenge response.AvailableChallenges: missing from our type"
  | "CreateIdentityProvider request.AcrMapping: missing from our type"
  | "CreateIdentityProvider response.IdentityProvider.AcrMapping: missing from our type"
  | "DescribeIdentityProvider response.IdentityProvider.AcrMapping: missing from our type"
  | "GetIdentityProviderByIdentifier response.IdentityProvider.AcrMapping: missing from our type"
  | "UpdateIdentityProvider request.AcrMapping: missing from our type"
  | "UpdateIdentityProvider response.IdentityProvider.AcrMapping: missing from our type"
  | "CreateResourceServer response.ResourceServer.ManagedBy: missing from our type"
  | "DescribeResourceServer response.ResourceServer.ManagedBy: missing from our type"
  | "ListResourceServers response.ResourceServers[].ManagedBy: missing from our type"
  | "UpdateResourceServer response.ResourceServer.ManagedBy: missing from our type"
  | "CreateUserPool request.DcrConfiguration: missing from our type"
  | "CreateUserPool request.AcrConfiguration: missing from our type"
  | "CreateUserPool response.UserPool.DcrConfiguration: missing from our type"
  | "CreateUserPool response.UserPool.AcrConfiguration: missing from our type"
  | "DescribeUserPool response.UserPool.DcrConfiguration: missing from our type"
  | "DescribeUserPool response.UserPool.AcrConfiguration: missing from our type"
  | "UpdateUserPool request.DcrConfiguration: missing from our type"
  | "UpdateUserPool request.AcrConfiguration: missing from our type"
  | "CreateUserPoolClient response.UserPoolClient.ClientType: missing from our type"
  | "DescribeUserPoolClient response.UserPoolClient.ClientType: missing from our type"
  | "UpdateUserPoolClient response.UserPoolClient.ClientType: missing from our type"
  | "ListUserPoolClients request.ClientType: missing from our type"
  | "RevokeToken request.RevokeAssociatedSessions: missing from our type";

type Assert<T extends true> = T;
export type ParityHolds = Assert<Same<Differences, KnownDifferences>>;

// Self-checks: the comparison must notice each kind of difference it claims to catch.
type Detects<T> = [T] extends [never] ? false : true;
export type SelfChecks = [
  Assert<Detects<Mismatch<{ A: string | undefined }, {}, "x">>>, // member missing
  Assert<Detects<Mismatch<{}, { A?: string }, "x">>>, // extra member
  Assert<Detects<Mismatch<{ A: string | undefined }, { A?: string }, "x">>>, // required vs optional
  Assert<Detects<Mismatch<{ A?: number | undefined }, { A?: string }, "x">>>, // wrong type
  Assert<Detects<Mismatch<{ A?: "X" | "Y" | undefined }, { A?: "X" }, "x">>>, // enum value missing
  Assert<Detects<Mismatch<{ A?: Date | undefined }, { A?: string }, "x">>>, // timestamp not a number
  Assert<Detects<Mismatch<{ A?: { B: string | undefined }[] | undefined }, { A?: { B?: string }[] }, "x">>>, // nested
  Assert<Detects<Mismatch<{ A?: { [k: string]: number } | undefined }, { A?: { [k: string]: string } }, "x">>>, // map value
  Assert<Detects<Mismatch<{ A?: null | string | { [k: string]: unknown } | undefined }, { A?: { [k: string]: unknown } }, "x">>>, // document
  Assert<Same<Mismatch<{ A: Date | undefined; B?: Uint8Array | undefined }, { A: number; B?: string }, "x">, never>>,
];
