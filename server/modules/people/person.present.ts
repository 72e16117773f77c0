import { type TActor, canSeePii } from '../../platform/auth/policy.js';
import { maskIdNumber, maskPhone } from '../../platform/mask.js';
import type { TPersonListRow } from './person.repo.js';
import type { TPersonOut } from './person.types.js';

/** Row → response. Phones and ID numbers are masked unless the actor's role may see them. */
export function presentPerson(
  row: Omit<TPersonListRow, 'memberships'>,
  actor: TActor,
  memberships: TPersonOut['memberships'] = [],
): TPersonOut {
  const masked = !canSeePii(actor);
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
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
