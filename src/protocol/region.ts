// Which region a request speaks to: the AWS host name says it, or a SigV4 credential scope does.

const HOST = /^cognito-idp(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const SCOPE = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/cognito-idp\/aws4_request/;

export function regionOf(hostname: string, authorization: string | null): string | undefined {
  return HOST.exec(hostname)?.[1] ?? (authorization ? SCOPE.exec(authorization)?.[1] : undefined);
}

export const isAwsHost = (url: URL) => HOST.test(url.hostname);
