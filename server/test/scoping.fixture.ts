// What server/test/scoping.api.test.ts needs to check one route with a record id (modules add their own).
import type { TSession, TTestApp } from './harness.js';

/** What a module's scoping fixtures get: the test app, staff of 如皋 (the owner) and of 海安 (the outsider). */
export interface TScopingContext {
  t: TTestApp;
  rugaoStaff: TSession;
  haianStaff: TSession;
  rugaoId: number;
}

export interface TFixture {
  /** Creates a record owned by 如皋 and returns its id. */
  make(): Promise<string>;
  /** A harmless valid body for writes (so a 404/403 is about scope, not validation). */
  body?: Record<string, unknown>;
  /** A public (no-login) endpoint: make() gives a record that must stay hidden from everyone, its owner included. */
  hiddenFromPublic?: boolean;
  /** Per-method bodies where one path takes different ones (e.g. post/put), else `body`. */
  bodies?: Partial<Record<'post' | 'put' | 'patch', Record<string, unknown>>>;
  /** A city-wide pool (experts): every staff member reads it (GET → 200); writes stay refused. */
  readableCityWide?: boolean;
}
