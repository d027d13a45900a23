// The upload half of user import jobs: CreateUserImportJob hands out a pre-signed URL, and the CSV
// PUT to it is intercepted here and kept on the job. Answers are S3's: 200 with an ETag, or an XML
// error. (Owned by the import-job operations.)
import { http, type RequestHandler } from "msw";
import { md5 } from "@noble/hashes/legacy.js";
import type { CognitoMock } from "../engine/create.js";
import { toHex } from "../auth/hash.js";
import { matchUploadUrl, SSE_HEADER, SSE_VALUE, UPLOAD_URL_LIFETIME_S } from "../operations/shared/import-url.js";
import { corsHeaders } from "./cors.js";

const HEX_UPPER = "0123456789ABCDEF";

export function importUploadHandlers(mock: CognitoMock): RequestHandler[] {
  const isUpload = ({ request }: { request: Request }) => matchUploadUrl(new URL(request.url)) !== undefined;
  return [
    // browsers upload cross-origin, and the signed SSE header makes the PUT need a preflight
    http.options(isUpload, ({ request }) => new Response(null, {
      status: 200,
      headers: {
        ...corsHeaders(request.headers.get("origin")),
        "access-control-allow-methods": "PUT",
        "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? `content-type,${SSE_HEADER}`,
        "access-control-max-age": "3000",
      },
    })),
    http.put(isUpload, async ({ request }) => {
      const url = new URL(request.url);
      const { poolId, jobId } = matchUploadUrl(url)!;
      const ids = s3Ids(mock);
      const cors = { ...corsHeaders(request.headers.get("origin")), "access-control-expose-headers": "ETag,x-amz-request-id" };
      const job = mock.store.pools.get(poolId)?.imports.jobs.get(jobId);
      if (!job) return s3Error(404, "NoSuchKey", "The specified key does not exist.", { Key: url.pathname.slice(1) }, ids, cors);
      const now = mock.clock.now();
      if (now > job.urlExpiresAt) {
        return s3Error(403, "AccessDenied", "Request has expired", {
          "X-Amz-Expires": String(UPLOAD_URL_LIFETIME_S), Expires: iso(job.urlExpiresAt), ServerTime: iso(now),
        }, ids, cors);
      }
      // the URL signs the SSE header: without it (or with another value) S3 computes another signature
      if (url.searchParams.get("X-Amz-Signature") !== job.signature || request.headers.get(SSE_HEADER) !== SSE_VALUE) {
        return s3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.", {}, ids, cors);
      }
      const bytes = new Uint8Array(await request.arrayBuffer());
      const digest = toHex(md5(bytes));
      // keep a byte order mark, if any: Cognito wants files without one, and the import says so
      job.file = { body: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), md5: digest, uploaded: now };
      return new Response(null, {
        status: 200,
        headers: { ...cors, etag: `"${digest}"`, [SSE_HEADER]: SSE_VALUE, "x-amz-request-id": ids.requestId, "x-amz-id-2": ids.hostId },
      });
    }),
  ];
}

function s3Ids(mock: CognitoMock): { requestId: string; hostId: string } {
  const random = mock.state.random;
  return { requestId: random.string(16, HEX_UPPER), hostId: btoa(random.string(56, HEX_UPPER)) };
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function s3Error(status: number, code: string, message: string, extra: Record<string, string>, ids: { requestId: string; hostId: string }, cors: Record<string, string>): Response {
  const fields = { Code: code, Message: message, ...extra, RequestId: ids.requestId, HostId: ids.hostId };
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${Object.entries(fields).map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`).join("")}</Error>`;
  return new Response(xml, { status, headers: { ...cors, "content-type": "application/xml", "x-amz-request-id": ids.requestId, "x-amz-id-2": ids.hostId } });
}
