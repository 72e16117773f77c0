// 科智助力 · 研究项目 (智库项目 / 软科学课题): the code lists server and web share.

/** 项目类型: 科技创新智库项目 and 市级软科学研究课题. */
export const RESEARCH_TYPES = ['thinktank', 'soft_science'] as const;
export type TResearchType = (typeof RESEARCH_TYPES)[number];
export const RESEARCH_TYPE_LABELS: Record<TResearchType, { zh: string; en: string }> = {
  thinktank: { zh: '科技创新智库项目', en: 'Think-tank project' },
  soft_science: { zh: '市级软科学研究课题', en: 'Soft-science project' },
};

/** 指南 status: 草稿 → 已发布 → 已截止. */
export const CALL_STATUSES = ['draft', 'published', 'closed'] as const;
export type TCallStatus = (typeof CALL_STATUSES)[number];
export const CALL_STATUS_LABELS: Record<TCallStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已截止', en: 'Closed' },
};

/**
 * 草稿 → 已提交 → 初审 (通过 → 专家评审; 退回 → 已退回 → 已提交 again before the deadline) → 分级
 * (重点/一般 → 已立项; 不立项) → 中期检查 (通过 → 中期通过; 整改 → 整改中 → 中期通过) → 结题评审
 * (通过 → 已结题; 不通过) → 资助 (已资助).
 */
export const PROJECT_STATUSES = ['draft', 'submitted', 'returned', 'reviewing', 'rejected', 'approved', 'rectifying', 'midterm', 'concluded', 'failed', 'funded'] as const;
export type TProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<TProjectStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  reviewing: { zh: '专家评审', en: 'Expert review' },
  rejected: { zh: '不立项', en: 'Not approved' },
  approved: { zh: '已立项', en: 'Approved' },
  rectifying: { zh: '中期整改', en: 'Rectifying' },
  midterm: { zh: '中期通过', en: 'Mid-term passed' },
  concluded: { zh: '已结题', en: 'Concluded' },
  failed: { zh: '结题不通过', en: 'Conclusion failed' },
  funded: { zh: '已资助', en: 'Funded' },
};
/** A lead with an application or project in one of these states has an open one (one open project per lead). */
export const PROJECT_OPEN_STATUSES: readonly TProjectStatus[] = ['submitted', 'returned', 'reviewing', 'approved', 'rectifying', 'midterm'];
/** 立项 and after: the projects the figures count. */
export const PROJECT_APPROVED_STATUSES: readonly TProjectStatus[] = ['approved', 'rectifying', 'midterm', 'concluded', 'failed', 'funded'];

/** 分级: 重点 / 一般 / 不立项. */
export const PROJECT_GRADES = ['key', 'general', 'none'] as const;
export type TProjectGrade = (typeof PROJECT_GRADES)[number];
export const PROJECT_GRADE_LABELS: Record<TProjectGrade, { zh: string; en: string }> = {
  key: { zh: '重点', en: 'Key' },
  general: { zh: '一般', en: 'General' },
  none: { zh: '不立项', en: 'Not approved' },
};

/** Reports: 中期报告, 结题报告, 成果 (deliverables: searchable in full text). */
export const REPORT_KINDS = ['midterm', 'final', 'deliverable'] as const;
export type TReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<TReportKind, { zh: string; en: string }> = {
  midterm: { zh: '中期报告', en: 'Mid-term report' },
  final: { zh: '结题报告', en: 'Final report' },
  deliverable: { zh: '研究成果', en: 'Deliverable' },
};

export const DEFAULT_MAX_TEAM = 6;
