import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { PHONE_RE } from '../../../../shared/validators.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort } from '../../../platform/http/common.types.js';
import { zText } from '../../../platform/text-schema.js';
import { BASE_CATEGORIES, BASE_KINDS, BASE_LEVELS, BASE_STATUSES, NANTONG_BOUNDS } from './base.schema.js';
import { ZTransitionOut } from '../../../platform/workflow/workflow.types.js';

export type TBaseKind = (typeof BASE_KINDS)[number];
export type TBaseLevel = (typeof BASE_LEVELS)[number];
export type TBaseCategory = (typeof BASE_CATEGORIES)[number];

/** Chinese and English names of the kinds, levels and categories (exports, figures, messages). */
export const BASE_KIND_LABELS: Record<TBaseKind, { zh: string; en: string }> = {
  education_base: { zh: '科普教育基地', en: 'Science education base' },
  model_school: { zh: '科学教育综合示范学校', en: 'Science education model school' },
  featured_school: { zh: '科学教育特色学校', en: 'Science education featured school' },
  demo_county: { zh: '科普示范县(区)', en: 'Science popularization model county' },
  screen: { zh: '科普大屏', en: 'Science big screen' },
  gallery: { zh: '科普画廊', en: 'Science gallery' },
};
export const BASE_LEVEL_LABELS: Record<TBaseLevel, { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
};
export const BASE_CATEGORY_LABELS: Record<TBaseCategory, { zh: string; en: string }> = {
  venue: { zh: '科技场馆类', en: 'Science venues' },
  nature: { zh: '自然资源类', en: 'Natural resources' },
  public_service: { zh: '公共服务类', en: 'Public services' },
  research: { zh: '科研教育类', en: 'Research and education' },
  production: { zh: '生产设施类', en: 'Production facilities' },
  media: { zh: '信息传媒类', en: 'Information and media' },
};

/** Kinds that carry a level (国家/省/市); big screens and galleries are sites without one. */
export const BASE_KINDS_WITH_LEVEL: ReadonlySet<TBaseKind> = new Set(['education_base', 'model_school', 'featured_school', 'demo_county']);

/** Months ahead a recognition's end makes a base due for 复核 (the review-due list's default). */
export const BASE_REVIEW_DUE_MONTHS = 6;

const lng = z
  .number()
  .min(NANTONG_BOUNDS.lngMin, `经度应在 ${NANTONG_BOUNDS.lngMin}–${NANTONG_BOUNDS.lngMax} 之间（南通）`)
  .max(NANTONG_BOUNDS.lngMax, `经度应在 ${NANTONG_BOUNDS.lngMin}–${NANTONG_BOUNDS.lngMax} 之间（南通）`);
const lat = z
  .number()
  .min(NANTONG_BOUNDS.latMin, `纬度应在 ${NANTONG_BOUNDS.latMin}–${NANTONG_BOUNDS.latMax} 之间（南通）`)
  .max(NANTONG_BOUNDS.latMax, `纬度应在 ${NANTONG_BOUNDS.latMin}–${NANTONG_BOUNDS.latMax} 之间（南通）`);

export const zBasePhone = z.string().trim().regex(PHONE_RE, '手机号或电话格式不正确');

const baseFields = {
  kind: z.enum(BASE_KINDS).describe('类型 education_base 科普教育基地 / model_school 综合示范学校 / featured_school 特色学校 / demo_county 示范县(区) / screen 科普大屏 / gallery 科普画廊'),
  name: zReqText(LIMITS.textMax, '名称 name'),
  level: z.enum(BASE_LEVELS).nullish().describe('级别 national / provincial / municipal (required for bases, schools and counties)'),
  category: z.enum(BASE_CATEGORIES).nullish().describe('类别 of a 科普教育基地: venue 科技场馆类 / nature 自然资源类 / public_service 公共服务类 / research 科研教育类 / production 生产设施类 / media 信息传媒类'),
  hostUnit: zOptText(LIMITS.textMax, '依托单位 host unit'),
  address: zOptText(LIMITS.textMax, '地址 address'),
  districtId: zId.nullish().describe('所在县区 the county-level org the base lies in; default: the owner org\'s district'),
  orgId: zId.optional().describe("所属组织 owning org (decides who may see it); default: the actor's org"),
  contactName: zOptText(LIMITS.nameMax, '联系人 contact person'),
  contactPhone: zBasePhone.nullish().describe('联系电话 contact phone (masked in lists and details)'),
  lng: lng.nullish().describe('经度 longitude (WGS84), 120–122'),
  lat: lat.nullish().describe('纬度 latitude (WGS84), 31.5–32.8'),
  description: zOptText(LIMITS.longTextMax, '简介 description'),
  isPublic: z.boolean().optional().describe('公开 shown on the public portal once recognized (default true)'),
};

export const ZBaseInput = z.strictObject(baseFields);
export type TBaseInput = z.infer<typeof ZBaseInput>;

export const ZBasePatch = z
  .strictObject({
    ...baseFields,
    recognizedOn: zDate.nullish().describe('认定日期 (city only: corrects the date; valid-until moves with it)'),
  })
  .partial()
  .refine(hasSomeField, nonEmptyPatch);
export type TBasePatch = z.infer<typeof ZBasePatch>;

export const ZBaseTransitionInput = z.strictObject({
  to: z.enum(BASE_STATUSES).describe('target state'),
  reason: zText(1000).nullish().describe('原因 why (required when returning to 申报 or cancelling a recognized base)'),
});
export type TBaseTransitionInput = z.infer<typeof ZBaseTransitionInput>;

export const BASE_SORTS = ['name', 'recognizedOn', 'validUntil', 'createdAt', 'updatedAt'] as const;

const baseFilters = {
  q: zQueryText().optional().describe('名称、依托单位、地址中的文字'),
  kind: z.enum(BASE_KINDS).optional(),
  level: z.enum(BASE_LEVELS).optional(),
  category: z.enum(BASE_CATEGORIES).optional(),
  status: z.enum(BASE_STATUSES).optional(),
  districtId: zQueryId.optional().describe('所在县区 filter'),
  orgId: zQueryId.optional().describe('owning org subtree filter'),
  reviewDue: z.enum(['0', '1']).optional().describe('1: recognized bases whose validity ends within `months` months or has ended (复核 due)'),
  months: z.coerce.number().int().min(1).max(60).optional().describe(`months ahead for reviewDue (default ${BASE_REVIEW_DUE_MONTHS})`),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: zSort(BASE_SORTS, 'field, or -field for descending; default -updatedAt (reviewDue: validUntil)'),
};

export const ZBaseQuery = z.object({ ...baseFilters, page: zPage, pageSize: zPageSize });
export type TBaseQuery = z.infer<typeof ZBaseQuery>;

export const ZBaseOut = z.object({
  id: z.number(),
  kind: z.enum(BASE_KINDS),
  name: z.string(),
  level: z.enum(BASE_LEVELS).nullable(),
  category: z.enum(BASE_CATEGORIES).nullable(),
  hostUnit: z.string().nullable(),
  address: z.string().nullable(),
  districtId: z.number().nullable(),
  districtName: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable().describe('masked (138****5678); GET …/pii for the full number'),
  piiMasked: z.boolean(),
  piiRevealable: z.boolean().describe('the role may reveal the full phone (GET /api/v1/bases/{id}/pii, audited)'),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  status: z.enum(BASE_STATUSES),
  statusLabel: z.string(),
  statusReason: z.string().nullable(),
  recognizedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  lastReviewedOn: z.string().nullable(),
  reviewDue: z.boolean().describe(`recognized and its validity ends within ${BASE_REVIEW_DUE_MONTHS} months or has ended`),
  isExpired: z.boolean().describe('validUntil has passed'),
  description: z.string().nullable(),
  isPublic: z.boolean(),
  allowedTransitions: z.array(z.enum(BASE_STATUSES)).describe('states the current user may move it to now'),
  canEdit: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TBaseOut = z.infer<typeof ZBaseOut>;

export const ZBaseDetail = ZBaseOut.extend({
  transitions: z.array(ZTransitionOut).describe('流转记录: who moved it from which state to which, when and why'),
});
export type TBaseDetail = z.infer<typeof ZBaseDetail>;

export const ZBaseList = z.object({
  items: z.array(ZBaseOut),
  total: z.number(),
  totals: z
    .object({
      byKind: z.record(z.string(), z.number()),
      byLevel: z.record(z.string(), z.number()),
      byStatus: z.record(z.string(), z.number()),
      byDistrict: z.record(z.string(), z.number()).describe('district org id (or "none") → count'),
    })
    .describe('counts over every base matching the filters'),
});

export const ZBaseExportQuery = z.object({
  ...baseFilters,
  reveal: z.enum(['0', '1']).optional().describe('1: full contact phones (roles allowed to reveal; audited), e.g. to re-import'),
});
export type TBaseExportQuery = z.infer<typeof ZBaseExportQuery>;

// ---- public (portal map): recognized public bases, public fields only (no contact phone)

export const ZPublicBaseQuery = z.object({
  kind: z.enum(BASE_KINDS).optional(),
  level: z.enum(BASE_LEVELS).optional(),
  districtId: zQueryId.optional(),
  q: zQueryText().optional(),
});
export type TPublicBaseQuery = z.infer<typeof ZPublicBaseQuery>;

export const ZPublicBase = z.object({
  id: z.number(),
  kind: z.enum(BASE_KINDS),
  name: z.string(),
  level: z.enum(BASE_LEVELS).nullable(),
  category: z.enum(BASE_CATEGORIES).nullable(),
  hostUnit: z.string().nullable(),
  address: z.string().nullable(),
  districtId: z.number().nullable(),
  districtName: z.string().nullable(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  recognizedOn: z.string().nullable(),
  description: z.string().nullable(),
});
export type TPublicBase = z.infer<typeof ZPublicBase>;

export const ZPublicBaseList = z.object({
  items: z.array(ZPublicBase),
  total: z.number(),
  districts: z.array(z.object({ id: z.number(), name: z.string() })).describe('the county-level orgs, for the filter'),
  totals: z.object({ byKind: z.record(z.string(), z.number()), byDistrict: z.record(z.string(), z.number()) }),
});
