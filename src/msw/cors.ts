// Browsers call Cognito cross-origin: every answer (errors included) must carry CORS headers or the
// app sees a network error instead of the Cognito error. Amplify sends a preflight before every call.

const EXPOSED = "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date";
const ALLOWED = "amz-sdk-invocation-id,amz-sdk-request,authorization,cache-control,content-type,x-amz-content-sha256,x-amz-date,x-amz-security-token,x-amz-target,x-amz-user-agent";

export function corsHeaders(origin: string | null): Record<string, string> {
  return {
    "access-control-allow-origin": origin ?? "*",
    "access-control-expose-headers": EXPOSED,
    vary: "Origin",
  };
}

export function preflight(request: Request): Response {
  return new Response(null, {
    status: 200,
    headers: {
      ...corsHeaders(request.headers.get("origin")),
      "access-control-allow-methods": "POST, GET, OPTIONS",
      "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? ALLOWED,
      "access-control-max-age": "86400",
    },
  });
}
