// The pre-signed S3 URL a user import job hands out for its CSV file, and how to recognise one when
// the file is PUT to it (src/msw/import-upload.ts). Real URLs look like
//   https://aws-cognito-idp-user-import-pdx.s3.us-west-2.amazonaws.com/<account>/<poolId>/<jobId>?X-Amz-Security-Token=…
//   &X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=…&X-Amz-SignedHeaders=host%3Bx-amz-server-side-encryption&X-Amz-Expires=899…
// (aws-cli list-user-import-jobs example). Behind the standalone server the mock's own address is used.
import type { OperationContext } from "../../engine/context.js";
import { ALPHANUMERIC } from "../../engine/random.js";

/** The URL is signed for 899 seconds: Cognito documents it as valid for 15 minutes. */
export const UPLOAD_URL_LIFETIME_S = 899;
/** The PUT must carry this header: the URL signs it (SignedHeaders=host;x-amz-server-side-encryption). */
export const SSE_HEADER = "x-amz-server-side-encryption";
export const SSE_VALUE = "aws:kms";

// The bucket is named after the region's airport code where AWS uses one (pdx is documented); other
// regions fall back to the region name.
const AIRPORT: Record<string, string> = {
  "us-east-1": "iad", "us-east-2": "cmh", "us-west-1": "sfo", "us-west-2": "pdx", "ca-central-1": "yul",
  "eu-west-1": "dub", "eu-west-2": "lhr", "eu-west-3": "cdg", "eu-central-1": "fra", "eu-north-1": "arn", "eu-south-1": "mxp",
  "ap-south-1": "bom", "ap-northeast-1": "nrt", "ap-northeast-2": "icn", "ap-northeast-3": "kix", "ap-southeast-1": "sin",
  "ap-southeast-2": "syd", "ap-east-1": "hkg", "sa-east-1": "gru", "me-south-1": "bah", "af-south-1": "cpt",
};

const S3_HOST = /^aws-cognito-idp-user-import-[a-z0-9-]+\.s3\.[a-z0-9-]+\.amazonaws\.com$/;
const S3_PATH = /^\/\d{12}\/([\w-]+_[0-9a-zA-Z]+)\/(import-[0-9a-zA-Z-]+)$/;
const MOCK_PATH = /^\/_mock\/import\/([\w-]+_[0-9a-zA-Z]+)\/(import-[0-9a-zA-Z-]+)$/;

export interface SignedUrl {
  url: string;
  signature: string;
}

export function uploadUrl(ctx: OperationContext, poolId: string, region: string, jobId: string): SignedUrl {
  const stamp = new Date(ctx.now).toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  const signature = ctx.random.string(64, "0123456789abcdef");
  const query = new URLSearchParams({
    "X-Amz-Security-Token": `IQoJb3JpZ2luX2Vj${ctx.random.string(160, ALPHANUMERIC)}`,
    "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
    "X-Amz-Date": stamp,
    "X-Amz-SignedHeaders": `host;${SSE_HEADER}`,
    "X-Amz-Expires": String(UPLOAD_URL_LIFETIME_S),
    "X-Amz-Credential": `ASIA${ctx.random.string(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}/${stamp.slice(0, 8)}/${region}/s3/aws4_request`,
    "X-Amz-Signature": signature,
  });
  const base = ctx.publicUrl
    ? `${ctx.publicUrl}/_mock/import/${poolId}/${jobId}`
    : `https://aws-cognito-idp-user-import-${AIRPORT[region] ?? region}.s3.${region}.amazonaws.com/${ctx.accountId}/${poolId}/${jobId}`;
  return { url: `${base}?${query}`, signature };
}

/** The pool and job a PUT is for, when the URL has the shape of an upload URL. */
export function matchUploadUrl(url: URL): { poolId: string; jobId: string } | undefined {
  const m = (S3_HOST.test(url.hostname) ? S3_PATH.exec(url.pathname) : null) ?? MOCK_PATH.exec(url.pathname);
  return m ? { poolId: m[1], jobId: m[2] } : undefined;
}
