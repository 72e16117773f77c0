import { addDays } from './activity.settings.js';

// iCalendar (RFC 5545) for the public calendar: CRLF line ends, lines folded at 75 octets (never inside
// a UTF-8 character), TEXT values escaped (\\ \; \, \n), all-day events as VALUE=DATE with an exclusive
// DTEND, a stable UID and DTSTAMP in UTC.

export interface TIcsEvent {
  uid: string;
  /** Last change, written as DTSTAMP / LAST-MODIFIED in UTC. */
  stamp: Date;
  startDate: string;
  /** Inclusive last day. */
  endDate: string;
  summary: string;
  location?: string | null;
  description?: string | null;
  categories?: string[];
  organizer?: string | null;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function icsEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into chunks of at most 75 octets; continuation lines start with a space. */
export function icsFold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const dateValue = (d: string) => d.replace(/-/g, '');

export function buildCalendar(name: string, events: TIcsEvent[], now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kexie//科普活动日历//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsEscape(name)}`, 'X-WR-TIMEZONE:Asia/Shanghai'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `LAST-MODIFIED:${utcStamp(e.stamp)}`,
      `DTSTART;VALUE=DATE:${dateValue(e.startDate)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(e.endDate, 1))}`,
      `SUMMARY:${icsEscape(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION:${icsEscape(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${icsEscape(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(icsEscape).join(',')}`);
    if (e.organizer) lines.push(`X-ORGANIZER-NAME:${icsEscape(e.organizer)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}
