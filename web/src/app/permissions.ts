// The permission table lives in shared/permissions.ts (one copy for server and web).
import { type TAction, grantableRolesOf, rolesCan } from '../../../shared/permissions';

export type { TAction };
export const can = rolesCan;
export const grantableRoles = grantableRolesOf;
