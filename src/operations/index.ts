// Every implemented operation. The engine answers the rest with NotImplementedByMock (HTTP 501).
import type { OperationModule } from "../engine/context.js";
import AddCustomAttributes from "./AddCustomAttributes.js";
import AdminAddUserToGroup from "./AdminAddUserToGroup.js";
import AdminConfirmSignUp from "./AdminConfirmSignUp.js";
import AdminCreateUser from "./AdminCreateUser.js";
import AdminDeleteUser from "./AdminDeleteUser.js";
import AdminDeleteUserAttributes from "./AdminDeleteUserAttributes.js";
import AdminDisableUser from "./AdminDisableUser.js";
import AdminEnableUser from "./AdminEnableUser.js";
import AdminGetUser from "./AdminGetUser.js";
import AdminListGroupsForUser from "./AdminListGroupsForUser.js";
import AdminRemoveUserFromGroup from "./AdminRemoveUserFromGroup.js";
import AdminSetUserPassword from "./AdminSetUserPassword.js";
import AdminUpdateUserAttributes from "./AdminUpdateUserAttributes.js";
import CreateGroup from "./CreateGroup.js";
import CreateUserPool from "./CreateUserPool.js";
import CreateUserPoolClient from "./CreateUserPoolClient.js";
import DeleteGroup from "./DeleteGroup.js";
import DeleteUserPool from "./DeleteUserPool.js";
import DeleteUserPoolClient from "./DeleteUserPoolClient.js";
import DescribeUserPool from "./DescribeUserPool.js";
import DescribeUserPoolClient from "./DescribeUserPoolClient.js";
import GetGroup from "./GetGroup.js";
import GetUserPoolMfaConfig from "./GetUserPoolMfaConfig.js";
import ListGroups from "./ListGroups.js";
import ListTagsForResource from "./ListTagsForResource.js";
import ListUserPoolClients from "./ListUserPoolClients.js";
import ListUserPools from "./ListUserPools.js";
import ListUsers from "./ListUsers.js";
import ListUsersInGroup from "./ListUsersInGroup.js";
import SetUserPoolMfaConfig from "./SetUserPoolMfaConfig.js";
import TagResource from "./TagResource.js";
import UntagResource from "./UntagResource.js";
import UpdateGroup from "./UpdateGroup.js";
import UpdateUserPool from "./UpdateUserPool.js";
import UpdateUserPoolClient from "./UpdateUserPoolClient.js";

import { identityOperations } from "./registry/identity.js";
import { hostedUiOperations } from "./registry/hosted-ui.js";
import { importsOperations } from "./registry/imports.js";
import { poolAdminOperations } from "./registry/pool-admin.js";
import { authOperations } from "./registry/auth.js";
import { devicesOperations } from "./registry/devices.js";
import { userAuthOperations } from "./registry/user-auth.js";

const coreOperations: readonly OperationModule[] = [
  AddCustomAttributes,
  AdminAddUserToGroup,
  AdminConfirmSignUp,
  AdminCreateUser,
  AdminDeleteUser,
  AdminDeleteUserAttributes,
  AdminDisableUser,
  AdminEnableUser,
  AdminGetUser,
  AdminListGroupsForUser,
  AdminRemoveUserFromGroup,
  AdminSetUserPassword,
  AdminUpdateUserAttributes,
  CreateGroup,
  CreateUserPool,
  CreateUserPoolClient,
  DeleteGroup,
  DeleteUserPool,
  DeleteUserPoolClient,
  DescribeUserPool,
  DescribeUserPoolClient,
  GetGroup,
  GetUserPoolMfaConfig,
  ListGroups,
  ListTagsForResource,
  ListUserPoolClients,
  ListUserPools,
  ListUsers,
  ListUsersInGroup,
  SetUserPoolMfaConfig,
  TagResource,
  UntagResource,
  UpdateGroup,
  UpdateUserPool,
  UpdateUserPoolClient,
] as unknown as readonly OperationModule[];

export const implementedOperations: readonly OperationModule[] = [
  ...coreOperations, ...identityOperations, ...hostedUiOperations, ...importsOperations, ...poolAdminOperations, ...authOperations, ...devicesOperations, ...userAuthOperations,
];
