import { describe, expect, it } from 'vitest';
import { PERMISSIONS, registerPermissions, rolesCan } from '../../../shared/permissions.js';

describe('permission fragments of modules', () => {
  it('lets a fragment registered at start grant its actions, and nothing else', () => {
    const action = 'kit_probe:read' as never;
    expect(rolesCan(['admin'], action)).toBe(false); // unknown until registered: nobody may
    registerPermissions({ 'kit_probe:read': ['city_staff'] });
    expect(rolesCan(['city_staff'], action)).toBe(true);
    expect(rolesCan(['admin'], action)).toBe(false);
  });

  it('accepts a module repeating its own fragment and refuses one widening an existing action', () => {
    expect(() => registerPermissions({ 'people:read': PERMISSIONS['people:read'] })).not.toThrow();
    expect(() => registerPermissions({ 'people:read': ['admin', 'expert'] })).toThrow(/people:read/);
    expect(rolesCan(['expert'], 'people:read')).toBe(false);
  });
});
