import { PLATFORM_KIND_LABELS, PLATFORM_LEVEL_LABELS } from '../platform/platform.types.js';
import type { TPublicDemand, TPublicExpert, TPublicPlatform } from './portal.types.js';
import { PUBLIC_BIO_MAX } from './portal.types.js';

// Presenters copy the public fields by name: a column added to a query later cannot leak by accident.

export function presentPublicDemand(row: Omit<TPublicDemand, 'isOpen'>): TPublicDemand {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    category: row.category,
    cluster: row.cluster,
    enterpriseName: row.enterpriseName,
    budgetMin: row.budgetMin == null ? null : Number(row.budgetMin),
    budgetMax: row.budgetMax == null ? null : Number(row.budgetMax),
    deadline: row.deadline,
    status: row.status,
    phase: row.phase,
    isOpen: row.phase === 'open',
    publishedAt: row.publishedAt,
  };
}

export function shortBio(bio: string | null): string | null {
  if (!bio) return null;
  const chars = [...bio];
  return chars.length <= PUBLIC_BIO_MAX ? bio : `${chars.slice(0, PUBLIC_BIO_MAX).join('')}…`;
}

export function presentPublicExpert(row: TPublicExpert): TPublicExpert {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    title: row.title,
    disciplines: row.disciplines,
    industries: row.industries,
    keywords: row.keywords,
    bio: shortBio(row.bio),
    isAcademician: row.isAcademician,
  };
}

export function presentPublicPlatform(row: Omit<TPublicPlatform, 'kindLabel' | 'levelLabel'>): TPublicPlatform {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: PLATFORM_KIND_LABELS[row.kind],
    name: row.name,
    level: row.level,
    levelLabel: PLATFORM_LEVEL_LABELS[row.level],
    hostName: row.hostName,
    academicians: row.academicians,
    establishedOn: row.establishedOn,
    orgName: row.orgName,
  };
}
