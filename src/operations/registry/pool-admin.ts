// The pool-admin operations, registered with the engine by src/operations/index.ts.
import type { OperationModule } from "../../engine/context.js";
import DescribeRiskConfiguration from "../DescribeRiskConfiguration.js";
import SetRiskConfiguration from "../SetRiskConfiguration.js";
import GetLogDeliveryConfiguration from "../GetLogDeliveryConfiguration.js";
import SetLogDeliveryConfiguration from "../SetLogDeliveryConfiguration.js";
import CreateUserPoolReplica from "../CreateUserPoolReplica.js";
import DeleteUserPoolReplica from "../DeleteUserPoolReplica.js";
import ListUserPoolReplicas from "../ListUserPoolReplicas.js";
import UpdateUserPoolReplica from "../UpdateUserPoolReplica.js";
import GetProvisionedLimit from "../GetProvisionedLimit.js";
import UpdateProvisionedLimit from "../UpdateProvisionedLimit.js";
import AddUserPoolClientSecret from "../AddUserPoolClientSecret.js";
import DeleteUserPoolClientSecret from "../DeleteUserPoolClientSecret.js";
import ListUserPoolClientSecrets from "../ListUserPoolClientSecrets.js";
import GetSigningCertificate from "../GetSigningCertificate.js";

export const poolAdminOperations = [
  DescribeRiskConfiguration, SetRiskConfiguration,
  GetLogDeliveryConfiguration, SetLogDeliveryConfiguration,
  CreateUserPoolReplica, DeleteUserPoolReplica, ListUserPoolReplicas, UpdateUserPoolReplica,
  GetProvisionedLimit, UpdateProvisionedLimit,
  AddUserPoolClientSecret, DeleteUserPoolClientSecret, ListUserPoolClientSecrets,
  GetSigningCertificate,
] as unknown as readonly OperationModule[];
