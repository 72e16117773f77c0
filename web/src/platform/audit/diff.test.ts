import { describe, expect, it } from 'vitest';
import { auditDiff, formatValue } from './diff';

describe('auditDiff', () => {
  it('lists only changed fields of an update', () => {
    const rows = auditDiff({ name: '张三', phone: '13800000000', roles: ['a'] }, { name: '张三丰', phone: '13800000000', roles: ['a', 'b'] });
    expect(rows.map((r) => r.field)).toEqual(['name', 'roles']);
  });

  it('lists every field of a create or delete', () => {
    expect(auditDiff(null, { id: 1, name: 'x' }).map((r) => r.field)).toEqual(['id', 'name']);
    expect(auditDiff({ id: 1 }, null)).toEqual([{ field: 'id', before: 1, after: undefined, changed: true }]);
  });

  it('shows nothing when neither side has data', () => {
    expect(auditDiff(null, null)).toEqual([]);
  });

  it('formats values for reading', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(['数学', '化学'])).toBe('数学、化学');
    expect(formatValue(false)).toBe('false');
  });
});
