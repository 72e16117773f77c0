// Limits shared by server and web (one source of truth for validation messages and forms).
export const LIMITS = {
  usernameMin: 3,
  usernameMax: 32,
  passwordMin: 8,
  passwordMax: 128,
  nameMax: 50,
  textMax: 200,
  longTextMax: 5000,
  pageSizeMax: 200,
  importRowsMax: 50_000,
  loginFailuresBeforeLock: 5,
  lockMinutes: 15,
  loginAttemptsPerIpPerMinute: 30,
} as const;

/** Roles from DESIGN.md §3. */
export const ROLES = ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<TRole, { zh: string; en: string }> = {
  admin: { zh: '平台管理员', en: 'Administrator' },
  city_staff: { zh: '市科协工作人员', en: 'City staff' },
  district_staff: { zh: '县区科协工作人员', en: 'District staff' },
  liaison: { zh: '组织联络员', en: 'Liaison' },
  expert: { zh: '专家/科技工作者', en: 'Expert' },
  enterprise: { zh: '企业用户', en: 'Enterprise' },
  leader: { zh: '领导', en: 'Leader' },
};

export const DEPARTMENTS = ['学会学术部', '科普部', '调研宣传部', '组织人事部', '办公室'] as const;
