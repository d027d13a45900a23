// The imports operations, registered with the engine by src/operations/index.ts.
import type { OperationModule } from "../../engine/context.js";
import CreateUserImportJob from "../CreateUserImportJob.js";
import DescribeUserImportJob from "../DescribeUserImportJob.js";
import GetCSVHeader from "../GetCSVHeader.js";
import ListUserImportJobs from "../ListUserImportJobs.js";
import StartUserImportJob from "../StartUserImportJob.js";
import StopUserImportJob from "../StopUserImportJob.js";

export const importsOperations = [
  CreateUserImportJob,
  DescribeUserImportJob,
  GetCSVHeader,
  ListUserImportJobs,
  StartUserImportJob,
  StopUserImportJob,
] as unknown as readonly OperationModule[];
