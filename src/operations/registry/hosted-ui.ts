// The hosted-ui operations, registered with the engine by src/operations/index.ts.
import type { OperationModule } from "../../engine/context.js";

export const hostedUiOperations: readonly OperationModule[] = [] as unknown as readonly OperationModule[];
