// Typed calls for accounts (server/platform/auth/user.routes.ts).
import type { TRole } from '../../../../shared/limits';
import { api, type TQuery } from '../../app/api';
import type { TPage } from '../../app/types';

export interface TUser {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName?: string;
  roles: TRole[];
  department: string | null;
  locale: string;
  isDisabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface TCreateUser {
  username: string;
  password: string;
  displayName: string;
  orgId: number;
  roles: TRole[];
  department?: string | null;
}

export interface TUpdateUser {
  displayName?: string;
  roles?: TRole[];
  department?: string | null;
  isDisabled?: boolean;
  password?: string;
}

export interface TUsersQuery {
  q?: string;
  orgId?: number;
  role?: TRole;
  page: number;
  pageSize: number;
}

export const usersKeys = {
  all: ['users'] as const,
  list: (q: TUsersQuery) => ['users', 'list', q] as const,
  one: (id: number) => ['users', 'one', id] as const,
};

export const listUsers = (q: TUsersQuery, signal?: AbortSignal) => api.get<TPage<TUser>>('/api/v1/users', q as unknown as TQuery, signal);
export const getUser = (id: number) => api.get<TUser>(`/api/v1/users/${id}`);
export const createUser = (body: TCreateUser) => api.post<TUser>('/api/v1/users', body);
export const updateUser = (id: number, body: TUpdateUser) => api.patch<TUser>(`/api/v1/users/${id}`, body);

/** A random password that is easy to read out (no 0/O, 1/l/I). */
export function generatePassword(length = 12): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
