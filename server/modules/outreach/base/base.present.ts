import { maskPhone } from '../../../platform/mask.js';
import type { TBaseRow } from './base.repo.js';
import type { TBaseOut, TPublicBase } from './base.types.js';
import { BASE_RECOGNIZED, BASE_WORKFLOW, type TBaseStatus } from './base.workflow.js';

export interface TBaseAccess {
  allowedTransitions: TBaseStatus[];
  canEdit: boolean;
  canRevealPii: boolean;
}

/** A base for the console: the contact phone masked for every role (revealed one record at a time, audited). */
export function presentBase(row: TBaseRow, access: TBaseAccess, dueUntil: string, today: string): TBaseOut {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    level: row.level,
    category: row.category,
    hostUnit: row.hostUnit,
    address: row.address,
    districtId: row.districtId,
    districtName: row.districtName,
    orgId: row.orgId,
    orgName: row.orgName,
    contactName: row.contactName,
    contactPhone: maskPhone(row.contactPhone),
    piiMasked: true,
    piiRevealable: access.canRevealPii && Boolean(row.contactPhone),
    lng: row.lng,
    lat: row.lat,
    status: row.status,
    statusLabel: BASE_WORKFLOW.label(row.status),
    statusReason: row.statusReason,
    recognizedOn: row.recognizedOn,
    validUntil: row.validUntil,
    lastReviewedOn: row.lastReviewedOn,
    reviewDue: BASE_RECOGNIZED.has(row.status) && row.validUntil != null && row.validUntil <= dueUntil,
    isExpired: row.validUntil != null && row.validUntil < today,
    description: row.description,
    isPublic: row.isPublic,
    allowedTransitions: access.allowedTransitions,
    canEdit: access.canEdit,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A base on the public portal: public fields only — never the contact person or phone, nor the owner. */
export function presentPublicBase(row: TBaseRow): TPublicBase {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    level: row.level,
    category: row.category,
    hostUnit: row.hostUnit,
    address: row.address,
    districtId: row.districtId,
    districtName: row.districtName,
    lng: row.lng,
    lat: row.lat,
    recognizedOn: row.recognizedOn,
    description: row.description,
  };
}
