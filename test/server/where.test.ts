// The server splits simple request targets by hand; what it gets must be what URL gives.
import { describe, expect, it } from "vitest";
import { where } from "../../src/server/server.js";

describe("where (path and host name of a request)", () => {
  it("agrees with URL on origin-form and absolute-form targets and on every kind of Host header", () => {
    const targets = ["/", "/?x=1", "/a/b", "//", "/%2F", "/./", "http://cognito-idp.eu-west-1.amazonaws.com/", "http://Other.Example:8080/x?y"];
    const hosts = [undefined, "localhost", "localhost:9229", "127.0.0.1:1", "Cognito-IDP.EU-West-1.AmazonAWS.com", "cognito-idp.us-east-2.amazonaws.com:443", "[::1]:9229", "[::1]", "xn--bcher-kva.example"];
    for (const target of targets) {
      for (const host of hosts) {
        const base = `http://${host ?? "localhost"}`;
        const url = URL.parse(target, base);
        if (!url) { expect(where(target, host).hostname).toBe(""); continue; }
        expect(where(target, host), `${target} on ${host}`).toEqual({ pathname: url.pathname, hostname: url.hostname });
      }
    }
  });
});
