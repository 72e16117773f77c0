import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { LIMITS, type TRole } from '../../../shared/limits.js';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError, badRequest } from '../errors.js';
import { orgs } from '../orgs/org.schema.js';
import { apiTokens, sessions, users } from './auth.schema.js';
import { hashPassword, verifyPassword } from './password.js';
import type { TActor } from './policy.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

const invalidLogin = () =>
  new AppError(401, 'AUTH_INVALID', '用户名或密码错误', 'Wrong username or password');
const locked = (until: Date) =>
  new AppError(
    429,
    'AUTH_LOCKED',
    `登录失败次数过多，账号已临时锁定，请于 ${until.toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' })} 后再试`,
    `Too many failed sign-ins; the account is locked until ${until.toISOString()}`,
  );

let dummyHash: Promise<string> | undefined;

/** Per-IP attempt counter (one process, so memory is enough). */
const ipAttempts = new Map<string, { windowStart: number; count: number }>();
function checkIpRate(ip: string | undefined) {
  if (!ip) return;
  const now = Date.now();
  const entry = ipAttempts.get(ip);
  if (!entry || now - entry.windowStart > 60_000) {
    ipAttempts.set(ip, { windowStart: now, count: 1 });
    if (ipAttempts.size > 10_000) ipAttempts.clear();
    return;
  }
  entry.count++;
  if (entry.count > LIMITS.loginAttemptsPerIpPerMinute)
    throw new AppError(429, 'RATE_LIMITED', '请求过于频繁，请稍后再试', 'Too many attempts; try again in a minute');
}

/** For tests: forget per-IP counters. */
export function resetLoginRateLimit() {
  ipAttempts.clear();
}

/**
 * Checks a username and password. Counts failures; after LIMITS.loginFailuresBeforeLock the account
 * is locked for LIMITS.lockMinutes. Disabled accounts cannot sign in.
 * @throws AppError AUTH_INVALID, AUTH_LOCKED, RATE_LIMITED
 */
export async function authenticate(db: Db, username: string, password: string, ip?: string, via: 'session' | 'token' = 'session') {
  checkIpRate(ip);
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  const failed = (u: typeof user | undefined, action: 'login_failed' | 'lockout', note: string) =>
    recordAudit(db, null, {
      entity: AUTH_ENTITY,
      entityId: u?.id ?? null,
      action,
      orgId: u?.orgId ?? null,
      after: { username: username.slice(0, 100), via },
      ip,
      note,
    });
  if (!user) {
    dummyHash ??= hashPassword('not-a-user-password');
    await verifyPassword(await dummyHash, password); // an unknown user takes as long as a wrong password
    await failed(undefined, 'login_failed', '登录失败：用户名不存在');
    throw invalidLogin();
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await failed(user, 'login_failed', '登录失败：账号已锁定');
    throw locked(user.lockedUntil);
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || user.isDisabled) {
    const failures = user.failedLogins + 1;
    const lockNow = failures >= LIMITS.loginFailuresBeforeLock;
    const until = new Date(Date.now() + LIMITS.lockMinutes * 60_000);
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedLogins: lockNow ? 0 : failures, lockedUntil: lockNow ? until : user.lockedUntil })
        .where(eq(users.id, user.id));
      await recordAudit(tx, null, {
        entity: AUTH_ENTITY,
        entityId: user.id,
        action: 'login_failed',
        orgId: user.orgId,
        after: { username: user.username, via, failures },
        ip,
        note: ok ? '登录失败：账号已停用' : '登录失败：密码错误',
      });
      if (lockNow)
        await recordAudit(tx, null, {
          entity: AUTH_ENTITY,
          entityId: user.id,
          action: 'lockout',
          orgId: user.orgId,
          after: { username: user.username, lockedUntil: until },
          ip,
          note: `连续 ${failures} 次登录失败，账号锁定 ${LIMITS.lockMinutes} 分钟`,
        });
    });
    if (lockNow) throw locked(until);
    if (ok && user.isDisabled)
      throw new AppError(403, 'AUTH_DISABLED', '账号已停用，请联系管理员', 'This account is disabled');
    throw invalidLogin();
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, null, {
      entity: AUTH_ENTITY,
      entityId: user.id,
      action: 'login',
      orgId: user.orgId,
      after: { username: user.username, via },
      ip,
      note: via === 'token' ? '登录并签发 API 令牌' : '登录',
    });
  });
  return user;
}

/** Audit entity of sign-ins, failures, sign-outs, lockouts and token use (labelled by the web's audit page). */
const AUTH_ENTITY = 'auth';
/** Token use is audited once per token per this window, not per request; the token's lastUsedAt likewise. */
export const TOKEN_USE_AUDIT_MS = 60 * 60_000;
/** A session in use moves its user's 最近登录 forward at most this often (a browser stays signed in for hours). */
export const SESSION_SEEN_MS = 60 * 60_000;

export async function createSession(db: Db, userId: number, hours: number, meta: { ip?: string; userAgent?: string }) {
  const token = newSecret();
  const csrfToken = newSecret();
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    csrfToken,
    userId,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    expiresAt: new Date(Date.now() + hours * 3600_000),
  });
  return { token, csrfToken };
}

/** Signs a session out; audited as auth/logout when the actor is known. */
export async function deleteSession(db: Db, token: string, actor?: TActor) {
  invalidateAuthCache();
  await db.transaction(async (tx) => {
    const gone = await tx.delete(sessions).where(eq(sessions.tokenHash, sha256(token))).returning({ id: sessions.id });
    if (actor && gone.length > 0)
      await recordAudit(tx, actor, { entity: AUTH_ENTITY, entityId: actor.userId, action: 'logout', note: '退出登录' });
  });
}

const actorColumns = {
  userId: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  orgId: users.orgId,
  orgPath: orgs.path,
  department: users.department,
  locale: users.locale,
  isDisabled: users.isDisabled,
};

type TActorRow = { roles: string[]; isDisabled: boolean } & Omit<TActor, 'roles' | 'via' | 'ip'>;
const toActor = (row: TActorRow, via: TActor['via']): TActor => {
  const { isDisabled: _d, ...rest } = row;
  return { ...rest, roles: row.roles as TRole[], via };
};

/** The actor for a user id (after a password check, for token issue). */
export async function loadActor(db: Db, userId: number, via: TActor['via']): Promise<TActor | undefined> {
  const [row] = await db
    .select(actorColumns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.id, userId));
  return row && !row.isDisabled ? toActor(row, via) : undefined;
}

/**
 * Resolved sessions and tokens, kept for a few seconds. On the embedded database a long write (an
 * import's transaction) holds the only connection; the cache lets progress polls and other reads
 * authenticate meanwhile. Any change to sessions, tokens or accounts clears it.
 */
const AUTH_CACHE_MS = 5_000;
const authCache = new Map<string, { at: number; value: unknown }>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = authCache.get(key);
  if (hit && Date.now() - hit.at < AUTH_CACHE_MS) return Promise.resolve(hit.value as T);
  return load().then((value) => {
    if (authCache.size > 5_000) authCache.clear();
    if (value !== undefined) authCache.set(key, { at: Date.now(), value });
    return value;
  });
}

/** Forget every cached session and token (after logout, password change, account edit, revocation). */
export function invalidateAuthCache() {
  authCache.clear();
}

/** The actor behind a session cookie, with the session's CSRF token; undefined when expired or unknown. */
export function resolveSession(db: Db, token: string) {
  return cached(`s:${sha256(token)}`, () => loadSession(db, token));
}

async function loadSession(db: Db, token: string) {
  const [row] = await db
    .select({ ...actorColumns, csrfToken: sessions.csrfToken, lastLoginAt: users.lastLoginAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, new Date())));
  if (!row || row.isDisabled) return undefined;
  const { csrfToken, lastLoginAt, ...actor } = row;
  // 最近登录 follows a session that stays in use (the browser keeps its cookie for hours), not only the
  // password sign-in — before, only accounts that signed in afresh (in practice: admin) ever moved.
  if (!lastLoginAt || Date.now() - lastLoginAt.getTime() > SESSION_SEEN_MS)
    await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, row.userId));
  return { actor: toActor(actor, 'session'), csrfToken };
}

/** The actor behind a bearer token; undefined when unknown or revoked. */
export function resolveApiToken(db: Db, token: string): Promise<TActor | undefined> {
  return cached(`t:${sha256(token)}`, () => loadApiToken(db, token));
}

async function loadApiToken(db: Db, token: string): Promise<TActor | undefined> {
  const [row] = await db
    .select({ ...actorColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, prefix: apiTokens.prefix })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)));
  if (!row || row.isDisabled) return undefined;
  const { tokenId, lastUsedAt, prefix, ...rest } = row;
  const actor = toActor(rest, 'token');
  // First use in each window: one audit row and lastUsedAt, not one per request.
  if (!lastUsedAt || Date.now() - lastUsedAt.getTime() > TOKEN_USE_AUDIT_MS)
    await db.transaction(async (tx) => {
      await tx.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, tokenId));
      await recordAudit(tx, actor, { entity: AUTH_ENTITY, entityId: actor.userId, action: 'token_use', after: { tokenId, prefix }, note: `使用 API 令牌 ${prefix}…` });
    });
  return actor;
}

/** Issues an API token for a user (shown once; only its hash is kept). */
export async function issueApiToken(db: Db, actor: TActor, name: string) {
  const secret = `kx_${newSecret()}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ tokenHash: sha256(secret), prefix: secret.slice(0, 8), name, userId: actor.userId })
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt });
    await recordAudit(tx, actor, { entity: 'api_token', entityId: row.id, action: 'create', after: row });
    return { ...row, token: secret };
  });
}

export async function listApiTokens(db: Db, actor: TActor) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, actor.userId));
}

/** Revokes one of the actor's own tokens. @throws AppError NOT_FOUND */
export async function revokeApiToken(db: Db, actor: TActor, id: number) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) throw new AppError(404, 'NOT_FOUND', '令牌不存在', 'Token not found');
    await recordAudit(tx, actor, { entity: 'api_token', entityId: id, action: 'revoke', before: row });
  });
  invalidateAuthCache();
}

/**
 * Changes the actor's own password (the current one must match). Other sessions are signed out.
 * @throws AppError AUTH_INVALID, PASSWORD_SAME
 */
export async function changePassword(db: Db, actor: TActor, current: string, next: string, keepToken?: string) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, current)))
    throw new AppError(400, 'AUTH_INVALID', '当前密码不正确', 'The current password is wrong');
  if (current === next) throw badRequest('PASSWORD_SAME', '新密码不能与当前密码相同', 'The new password must differ');
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    const keep = keepToken ? sha256(keepToken) : '';
    await tx.delete(sessions).where(and(eq(sessions.userId, actor.userId), sql`${sessions.tokenHash} <> ${keep}`));
    await recordAudit(tx, actor, { entity: 'user', entityId: actor.userId, action: 'change_password' });
  });
  invalidateAuthCache();
}

export async function setLocale(db: Db, actor: TActor, locale: 'zh-CN' | 'en-US') {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ locale }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      entity: 'user',
      entityId: actor.userId,
      action: 'set_locale',
      before: { locale: actor.locale },
      after: { locale },
    });
  });
  invalidateAuthCache();
}
