// Device tracking: confirming, reading, listing, forgetting and (un)remembering a user's devices.
import type { OperationModule } from "../../engine/context.js";
import ConfirmDevice from "../ConfirmDevice.js";
import GetDevice from "../GetDevice.js";
import ListDevices from "../ListDevices.js";
import ForgetDevice from "../ForgetDevice.js";
import UpdateDeviceStatus from "../UpdateDeviceStatus.js";
import AdminGetDevice from "../AdminGetDevice.js";
import AdminListDevices from "../AdminListDevices.js";
import AdminForgetDevice from "../AdminForgetDevice.js";
import AdminUpdateDeviceStatus from "../AdminUpdateDeviceStatus.js";

export const devicesOperations: readonly OperationModule[] = [
  ConfirmDevice, GetDevice, ListDevices, ForgetDevice, UpdateDeviceStatus,
  AdminGetDevice, AdminListDevices, AdminForgetDevice, AdminUpdateDeviceStatus,
] as unknown as readonly OperationModule[];
