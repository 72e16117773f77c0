import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DEPARTMENTS, LIMITS, ROLES, type TRole } from '../../../shared/limits.js';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError, conflict, forbidden, notFound } from '../errors.js';
import { zText } from '../text-schema.js';
import { orgs } from '../orgs/org.schema.js';
import { getOrgInScope, getRootOrg } from '../orgs/org.service.js';
import { users } from './auth.schema.js';
import { invalidateAuthCache } from './auth.service.js';
import { generatePassword, hashPassword } from './password.js';
import { type TActor, assertCan, grantableRoles, scopeCondition } from './policy.js';

export const ZUsername = z
  .string()
  .min(LIMITS.usernameMin)
  .max(LIMITS.usernameMax)
  .regex(/^[A-Za-z0-9_.-]+$/, '只能包含字母、数字、下划线、点和连字符')
  .describe('login name: letters, digits, _ . -');
export const ZPassword = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax).describe('password');

export const ZCreateUser = z.strictObject({
  username: ZUsername,
  password: ZPassword,
  displayName: zText(LIMITS.nameMax).pipe(z.string().min(1)).describe('name shown in the UI'),
  orgId: z.number().int().positive().describe('org the account belongs to; decides its scope'),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).describe('roles, see DESIGN.md §3'),
  department: z.enum(DEPARTMENTS).nullish().describe('department, for city staff'),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z
  .strictObject({
  displayName: zText(LIMITS.nameMax).pipe(z.string().min(1)).optional(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  department: z.enum(DEPARTMENTS).nullish(),
  isDisabled: z.boolean().optional(),
  password: ZPassword.optional().describe('set a new password (admin reset)'),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '没有要修改的字段 / nothing to change' });
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZListUsers = z.object({
  q: z.string().max(100).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  role: z.enum(ROLES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});

const publicColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  orgId: users.orgId,
  orgName: orgs.name,
  roles: users.roles,
  department: users.department,
  locale: users.locale,
  isDisabled: users.isDisabled,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

function assertGrantable(actor: TActor, roles: readonly TRole[]) {
  const allowed = grantableRoles(actor);
  const extra = roles.filter((r) => !allowed.includes(r));
  if (extra.length > 0)
    throw forbidden(`无权授予角色：${extra.join('、')}`, `You may not grant the role(s): ${extra.join(', ')}`);
}

/**
 * Creates an account in an org of the actor's subtree, with roles the actor may grant.
 * @throws AppError FORBIDDEN, NOT_FOUND (org), USERNAME_TAKEN
 */
export async function createUser(db: Db, actor: TActor, input: TCreateUser) {
  assertCan(actor, 'users:write');
  const org = await getOrgInScope(db, actor, input.orgId);
  assertGrantable(actor, input.roles);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = lower(${input.username})`);
    if (taken) throw conflict('USERNAME_TAKEN', `用户名 ${input.username} 已被使用`, 'Username already taken');
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        passwordHash,
        displayName: input.displayName,
        orgId: org.id,
        roles: [...new Set(input.roles)],
        department: input.department ?? null,
      })
      .returning();
    await recordAudit(tx, actor, { entity: 'user', entityId: row.id, action: 'create', orgId: org.id, after: row });
    return { ...row, orgName: org.name };
  });
}

async function getUserInScope(db: Db, actor: TActor, id: number) {
  const [row] = await db
    .select({ ...publicColumns, orgPath: orgs.path })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(users.id, id), scopeCondition(actor, users.orgId)));
  if (!row) throw notFound('用户', 'User');
  return row;
}

/** @throws AppError NOT_FOUND, FORBIDDEN */
export async function getUser(db: Db, actor: TActor, id: number) {
  assertCan(actor, 'users:read');
  const { orgPath: _p, ...row } = await getUserInScope(db, actor, id);
  return row;
}

/**
 * Edits an account of the actor's subtree: name, roles, department, disabled, password reset.
 * An actor cannot disable themself or change their own roles (no lock-out by accident).
 * @throws AppError NOT_FOUND, FORBIDDEN, SELF_CHANGE
 */
export async function updateUser(db: Db, actor: TActor, id: number, input: TUpdateUser) {
  assertCan(actor, 'users:write');
  const before = await getUserInScope(db, actor, id);
  assertGrantable(actor, before.roles as TRole[]);
  if (input.roles) assertGrantable(actor, input.roles);
  if (id === actor.userId && (input.isDisabled || input.roles))
    throw new AppError(400, 'SELF_CHANGE', '不能停用自己或修改自己的角色', 'You cannot disable yourself or change your own roles');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const out = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        displayName: input.displayName,
        roles: input.roles ? [...new Set(input.roles)] : undefined,
        department: input.department === undefined ? undefined : input.department,
        isDisabled: input.isDisabled,
        passwordHash,
        failedLogins: passwordHash ? 0 : undefined,
        lockedUntil: passwordHash ? null : undefined,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    const { orgPath: _p, ...beforeOut } = before;
    await recordAudit(tx, actor, {
      entity: 'user',
      entityId: id,
      action: input.password ? 'update+reset_password' : 'update',
      orgId: row.orgId,
      before: beforeOut,
      after: row,
    });
    return { ...beforeOut, ...publicOf(row) };
  });
  invalidateAuthCache(); // roles, disabled flag and password take effect on the next request
  return out;
}

const publicOf = (row: typeof users.$inferSelect) => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  orgId: row.orgId,
  roles: row.roles,
  department: row.department,
  locale: row.locale,
  isDisabled: row.isDisabled,
  lastLoginAt: row.lastLoginAt,
  createdAt: row.createdAt,
});

/** Accounts in the actor's subtree, filtered and paged. */
export async function listUsers(db: Db, actor: TActor, q: z.infer<typeof ZListUsers>) {
  assertCan(actor, 'users:read');
  const conds: SQL[] = [scopeCondition(actor, users.orgId)];
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  if (q.orgId) conds.push(sql`${users.orgId} in (select id from orgs where path like (select path from orgs where id = ${q.orgId}) || '%')`);
  if (q.role) conds.push(sql`${q.role} = any(${users.roles})`);
  const where = and(...conds);
  const [items, total] = await Promise.all([
    db
      .select(publicColumns)
      .from(users)
      .innerJoin(orgs, eq(orgs.id, users.orgId))
      .where(where)
      .orderBy(desc(users.createdAt), asc(users.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}

/**
 * On an empty user table, creates `admin` at the root org. Returns the password when it was
 * generated (to print once), or null when the configured one was used or an admin exists.
 */
export async function ensureAdmin(db: Db, configuredPassword?: string): Promise<{ created: boolean; password: string | null }> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if (n > 0) return { created: false, password: null };
  const root = await getRootOrg(db);
  const password = configuredPassword ?? generatePassword();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username: 'admin',
        passwordHash: await hashPassword(password),
        displayName: '平台管理员',
        orgId: root.id,
        roles: ['admin'],
      })
      .returning();
    await recordAudit(tx, null, { entity: 'user', entityId: row.id, action: 'create', orgId: root.id, after: row, note: 'first start' });
  });
  return { created: true, password: configuredPassword ? null : password };
}
