// `cognito-idp-mock proxy --target URL`: a validating proxy in front of real Cognito. (Stub, being built.)
export async function proxyCommand(args: string[]): Promise<number> {
  void args;
  process.stderr.write("proxy: not built yet\n");
  return 2;
}
