// The pool-admin operations, registered with the engine by src/operations/index.ts.
import type { OperationModule } from "../../engine/context.js";

export const poolAdminOperations: readonly OperationModule[] = [] as unknown as readonly OperationModule[];
