// The one place that talks HTTP to the server: cookies, CSRF, error bodies, downloads.

export const CSRF_COOKIE = 'kexie_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface TFieldError {
  path: string;
  message: string;
}

/** An error answered by the server (`{ error: { code, message, messageEn, fields? } }`) or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly fields: TFieldError[] = [],
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  /** The message in the user's language. */
  text(locale: string): string {
    return locale === 'en-US' ? this.messageEn || this.messageZh : this.messageZh || this.messageEn;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

let csrfToken: string | undefined;

/** Remembers the CSRF token from `/auth/me` or the login response. */
export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
}

function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const currentCsrf = () => csrfToken ?? readCookie(CSRF_COOKIE);

/** Whether the browser holds a session (its CSRF cookie is set and cleared with the session cookie). */
export const hasCsrfCookie = () => !!readCookie(CSRF_COOKIE);

let onUnauthorized: (() => void) | undefined;
/** Called when a request answers 401 (session expired): the auth context signs the user out locally. */
export function setUnauthorizedHandler(fn: (() => void) | undefined) {
  onUnauthorized = fn;
}

export type TQuery = Record<string, string | number | boolean | null | undefined | Array<string | number>>;

/** `?a=1&b=x` from an object; empty values are left out. */
export function toQueryString(query?: TQuery): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      for (const x of v) params.append(k, String(x));
    }
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface TRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: TQuery;
  body?: unknown;
  signal?: AbortSignal;
}

async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as { error?: { code?: string; message?: string; messageEn?: string; fields?: TFieldError[] } };
    if (data?.error) {
      const e = data.error;
      return new ApiError(res.status, e.code ?? `HTTP_${res.status}`, e.message ?? '', e.messageEn ?? e.message ?? '', e.fields ?? []);
    }
  } catch {
    // not JSON (a proxy error page …): fall through
  }
  return new ApiError(
    res.status,
    `HTTP_${res.status}`,
    `服务器返回错误（HTTP ${res.status}）`,
    `The server answered with an error (HTTP ${res.status})`,
  );
}

declare global {
  interface Window {
    /** GETs index.html started before the app loaded (the sign-in check), by path: each taken once. */
    __kexieEarly?: Record<string, Promise<Response> | undefined>;
  }
}

/** The response of a GET index.html already sent for this path and query, if any (once). */
function takeEarly(url: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__kexieEarly;
  const res = early?.[url];
  if (early && res) delete early[url];
  return res;
}

async function send(path: string, opts: TRequestOptions): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET') {
    const token = currentCsrf();
    if (token) headers[CSRF_HEADER] = token;
  }
  const url = path + toQueryString(opts.query);
  try {
    const early = method === 'GET' ? takeEarly(url) : undefined;
    return await (early ?? fetch(url, { method, headers, body, credentials: 'same-origin', signal: opts.signal }));
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试', 'Cannot reach the server; check the network and retry');
  }
}

const isAuthPath = (path: string) => path.startsWith('/api/v1/auth/login') || path.startsWith('/api/v1/auth/me');

/**
 * Calls the API and returns the parsed JSON (undefined for 204).
 * @throws ApiError with the server's code and messages
 */
export async function request<T>(path: string, opts: TRequestOptions = {}, retried = false): Promise<T> {
  const res = await send(path, opts);
  if (!res.ok) {
    const err = await errorFrom(res);
    // A stale CSRF token (new session in another tab): fetch the current one and retry once.
    if (err.code === 'CSRF_FAILED' && !retried) {
      const me = await send('/api/v1/auth/me', {});
      if (me.ok) {
        const data = (await me.json()) as { csrfToken?: string };
        setCsrfToken(data.csrfToken);
        return request<T>(path, opts, true);
      }
    }
    if (res.status === 401 && !isAuthPath(path)) onUnauthorized?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('application/json')) return (await res.json()) as T;
  return (await res.text()) as unknown as T;
}

export const api = {
  get: <T>(path: string, query?: TQuery, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
};

/** File name from `Content-Disposition` (RFC 5987 `filename*` first). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // malformed: try the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * Downloads a file from the API (export, template) and saves it under the server's file name.
 * Fetch rather than a plain link, so a refusal shows as a message instead of a JSON page.
 * @throws ApiError
 */
export async function downloadFile(path: string, query: TQuery | undefined, fallbackName: string): Promise<string> {
  const res = await send(path, { query });
  if (!res.ok) {
    const err = await errorFrom(res);
    if (res.status === 401) onUnauthorized?.();
    throw err;
  }
  const blob = await res.blob();
  const name = fileNameFrom(res.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
