// Which roles may take which action: one table for the server (which decides) and the web (which
// only hides what the server would refuse). Scope (the org subtree) is checked separately on the server.
import { INNOVATION_PERMISSIONS } from './innovation.js';
import type { TRole } from './limits.js';
import { OUTREACH_PERMISSIONS } from './outreach.js';
import { PEOPLE_PERMISSIONS } from './people.js';
import { THINKTANK_PERMISSIONS } from './thinktank.js';

/** Actions of the platform itself. */
export const PLATFORM_PERMISSIONS = {
  'orgs:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'],
  'users:read': ['admin', 'city_staff', 'district_staff'],
  'users:write': ['admin', 'city_staff', 'district_staff'],
  'audit:read': ['admin', 'city_staff', 'district_staff'],
  'files:write': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise'],
  'search:use': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'],
} as const satisfies TPermissionFragment;

/** A module's actions and the roles that may take them (`shared/<module>.ts`, also in its manifest). */
export type TPermissionFragment = Record<string, readonly TRole[]>;

/**
 * The permission table known at compile time: the platform and the fragments of the modules in this
 * repository. `TAction` is its key union, so a typo in an action name fails the typecheck.
 */
export const PERMISSIONS = {
  ...PLATFORM_PERMISSIONS,
  ...PEOPLE_PERMISSIONS,
  ...INNOVATION_PERMISSIONS,
  ...OUTREACH_PERMISSIONS,
  ...THINKTANK_PERMISSIONS,
} as const satisfies TPermissionFragment;

/**
 * Actions of modules not composed above (a module from outside this repository, a test fixture). Such
 * a module augments this interface from its own shared file so its actions type-check:
 * `declare module '…/shared/permissions.js' { interface TModuleActions { 'fixture:read': true } }`
 * and its manifest's `permissions` fragment registers the roles at start (`registerPermissions`).
 */
// biome-ignore lint/suspicious/noEmptyInterface: augmented by modules (declaration merging)
export interface TModuleActions {}

export type TAction = keyof typeof PERMISSIONS | keyof TModuleActions;

// The table `rolesCan` reads: the compile-time one, plus fragments registered at start.
const table = new Map<string, readonly string[]>(Object.entries(PERMISSIONS));

/**
 * Adds a module's fragment to the table (buildApp does it for every module in the list). Registering
 * the same roles again is a no-op; a fragment that gives an existing action other roles is refused,
 * so one module cannot widen another's actions.
 * @throws Error when an action is already registered with other roles
 */
export function registerPermissions(fragment: TPermissionFragment): void {
  for (const [action, roles] of Object.entries(fragment)) {
    const known = table.get(action);
    if (known && (known.length !== roles.length || known.some((r) => !roles.includes(r as TRole))))
      throw new Error(`permission ${action} is already registered with other roles (${known.join(', ')})`);
    if (!known) table.set(action, [...roles]);
  }
}

/** Whether any of these roles may take the action (an action nobody registered: nobody). */
export function rolesCan(roles: readonly string[] | undefined, action: TAction): boolean {
  const allowed = table.get(action);
  return !!allowed && !!roles?.some((r) => allowed.includes(r));
}

/** Roles an account with these roles may grant when creating or editing accounts. */
export function grantableRolesOf(roles: readonly string[]): TRole[] {
  if (roles.includes('admin')) return ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'];
  if (roles.includes('city_staff')) return ['city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'];
  if (roles.includes('district_staff')) return ['district_staff', 'liaison', 'expert', 'enterprise'];
  return [];
}
