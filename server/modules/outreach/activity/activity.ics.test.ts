import { describe, expect, it } from 'vitest';
import { buildCalendar, icsEscape, icsFold } from './activity.ics.js';

describe('iCalendar (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT values', () => {
    expect(icsEscape('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'科普'.repeat(40)}`;
    const folded = icsFold(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(icsFold('SHORT:x')).toBe('SHORT:x');
  });

  it('writes all-day events with an exclusive end, UID and DTSTAMP, CRLF throughout', () => {
    const ics = buildCalendar('日历', [{ uid: 'activity-1@test', stamp: new Date('2026-05-01T02:03:04Z'), startDate: '2026-05-18', endDate: '2026-05-24', summary: '科技活动周' }], new Date('2026-05-02T00:00:00Z'));
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20260518\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20260525\r\n');
    expect(ics).toContain('\r\nUID:activity-1@test\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260502T000000Z\r\n');
    expect(ics).toContain('\r\nLAST-MODIFIED:20260501T020304Z\r\n');
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
