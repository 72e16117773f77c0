/**
 * Typed application error: a stable code, an HTTP status and a message in Chinese (with English).
 * Services throw these; the HTTP layer turns them into `{ error: { code, message, messageEn, fields? } }`.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly fields?: TFieldError[],
  ) {
    super(messageEn);
  }
}

export interface TFieldError {
  path: string;
  message: string;
}

export const badRequest = (code: string, zh: string, en: string, fields?: TFieldError[]) =>
  new AppError(400, code, zh, en, fields);
export const unauthorized = (zh = '请先登录', en = 'Please sign in') => new AppError(401, 'UNAUTHENTICATED', zh, en);
export const forbidden = (zh = '没有权限执行此操作', en = 'You are not allowed to do this') =>
  new AppError(403, 'FORBIDDEN', zh, en);
export const notFound = (what: string, whatEn: string) =>
  new AppError(404, 'NOT_FOUND', `${what}不存在或无权查看`, `${whatEn} not found`);
export const conflict = (code: string, zh: string, en: string) => new AppError(409, code, zh, en);
