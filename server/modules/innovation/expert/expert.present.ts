import { type TActor, can, inScope } from '../../../platform/auth/policy.js';
import type { TAchievementRow, TExpertRowWithOrg } from './expert.repo.js';
import type { TExpertOut, TExpertSummary } from './expert.types.js';

/** Whether the actor may edit the profile: staff of the owning org's subtree, or the expert themself. */
export function canEditExpert(actor: TActor, row: Pick<TExpertRowWithOrg, 'orgPath' | 'userId'>): boolean {
  return (can(actor, 'experts:write') && inScope(actor, row.orgPath)) || (row.userId !== null && row.userId === actor.userId);
}

export function presentExpertSummary(row: TExpertRowWithOrg, actor: TActor): TExpertSummary {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    title: row.title,
    disciplines: row.disciplines,
    industries: row.industries,
    keywords: row.keywords,
    isAcademician: row.isAcademician,
    isPublic: row.isPublic,
    orgId: row.orgId,
    orgName: row.orgName,
    achievementCount: Number(row.achievementCount),
    hasAccount: row.userId !== null,
    canEdit: canEditExpert(actor, row),
    isDemo: row.isDemo,
    updatedAt: row.updatedAt,
  };
}

/** Row → full profile. Contacts come from the linked person, already masked by the people registry's rules. */
export function presentExpert(
  row: TExpertRowWithOrg,
  actor: TActor,
  achievements: TAchievementRow[],
  contact: TExpertOut['contact'],
): TExpertOut {
  return {
    ...presentExpertSummary(row, actor),
    bio: row.bio,
    personId: row.personId,
    userId: row.userId,
    achievements: achievements.map((a) => ({ id: a.id, kind: a.kind, title: a.title, abstract: a.abstract, keywords: a.keywords, year: a.year })),
    contact,
    createdAt: row.createdAt,
  };
}
