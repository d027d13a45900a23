// `cognito-idp-mock validate FILE...`: contract validation of recorded Cognito traffic. (Stub, being built.)
export async function validateCommand(args: string[]): Promise<number> {
  void args;
  process.stderr.write("validate: not built yet\n");
  return 2;
}
