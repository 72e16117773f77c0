import { type TActor, canRevealPii } from '../../platform/auth/policy.js';
import { maskIdNumber, maskPhone } from '../../platform/mask.js';
import type { TPersonListRow } from './person.repo.js';
import type { TPersonOut } from './person.types.js';

/** Row → response. Phones and ID numbers are always masked; allowed roles reveal one record (GET …/pii, audited). */
export function presentPerson(
  row: Omit<TPersonListRow, 'memberships'>,
  actor: TActor,
  memberships: TPersonOut['memberships'] = [],
  /** Full values: only for an unmasked export the actor was allowed (and audited) to make. */
  opts: { reveal?: boolean } = {},
): TPersonOut {
  const masked = !opts.reveal;
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    birthYear: row.birthYear,
    unit: row.unit,
    title: row.title,
    education: row.education,
    disciplines: row.disciplines,
    phone: masked ? maskPhone(row.phone) : row.phone,
    idNumber: masked ? maskIdNumber(row.idNumber) : row.idNumber,
    email: row.email,
    orgId: row.orgId,
    orgName: row.orgName,
    memberships,
    isDemo: row.isDemo,
    piiMasked: masked,
    piiRevealable: canRevealPii(actor) && Boolean(row.phone || row.idNumber),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
