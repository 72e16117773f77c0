import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../../shared/validators.js';
import { queryRows } from '../../db/client.js';
import { DEMAND_REMINDERS } from '../../modules/innovation/demand/demand.reminders.js';
import { type TSession, type TTestApp, createTestApp } from '../../test/harness.js';
import { PLATFORM_REMINDERS, fireDueReminders, scheduleReminder } from './reminder.service.js';

const HANDLERS = { ...PLATFORM_REMINDERS, ...DEMAND_REMINDERS };
const DAY = 86_400_000;

/** A demand's 截止日期 reminds its reviewing staff; reminders fire once, failures roll back and are counted. */
describe('reminders', () => {
  let t: TTestApp;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let demandId: number;
  const bell = async (who: TSession) => (await t.as(who, { method: 'GET', url: '/api/v1/notifications' })).json();

  beforeAll(async () => {
    t = await createTestApp();
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    const code = `91320682MA1R2M3D4`;
    const ent = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/enterprises', payload: { name: '如皋提醒测试有限公司', creditCode: `${code}${creditCodeCheckChar(code)}` } });
    const deadline = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
    const res = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/demands',
      payload: { title: '纺纱断头检测', description: '细纱机断头自动检测与接头。', category: '技术攻关', enterpriseId: ent.json().id, deadline },
    });
    demandId = res.json().id;
  });
  afterAll(() => t.close());

  it('schedules a demand’s deadline reminder three days before and moves it with the deadline', async () => {
    const [r] = await queryRows<{ due_at: Date; kind: string }>(t.database.db, sql`select due_at, kind from reminders where dedupe_key = ${`demand.deadline:${demandId}`}`);
    expect(r.kind).toBe('demand.deadline');
    const days = (new Date(r.due_at).getTime() - Date.now()) / DAY;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThan(8);
    const later = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10);
    await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/demands/${demandId}`, payload: { deadline: later } });
    const rows = await queryRows<{ due_at: Date }>(t.database.db, sql`select due_at from reminders where dedupe_key = ${`demand.deadline:${demandId}`}`);
    expect(rows).toHaveLength(1);
    expect((new Date(rows[0].due_at).getTime() - Date.now()) / DAY).toBeGreaterThan(16);
  });

  it('fires nothing for a draft, and notifies the district’s staff once for an open demand', async () => {
    const at = new Date(Date.now() + 30 * DAY);
    expect(await fireDueReminders(t.database.db, HANDLERS, { now: at })).toBe(1); // fired, but the demand is a draft
    expect((await bell(rugaoStaff)).total).toBe(0);

    const later = new Date(Date.now() + 25 * DAY).toISOString().slice(0, 10);
    await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/demands/${demandId}`, payload: { deadline: later } }); // re-armed: new due time
    await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/demands/${demandId}/transitions`, payload: { to: 'pending' } });
    const other = await t.userAt('rugao', ['district_staff']);
    await t.as(other, { method: 'POST', url: `/api/v1/demands/${demandId}/transitions`, payload: { to: 'published' } });
    expect(await fireDueReminders(t.database.db, HANDLERS, { now: at })).toBe(1);
    expect(await fireDueReminders(t.database.db, HANDLERS, { now: at })).toBe(0);
    const mine = await bell(rugaoStaff);
    expect(mine.items.map((n: { kind: string; link: string }) => [n.kind, n.link])).toEqual([['demand.deadline', `/admin/demands/${demandId}`]]);
    expect(mine.items[0].body).toContain(later);
    expect((await bell(haianStaff)).total).toBe(0);
  });

  it('rolls back a failing handler’s writes, counts the attempt and keeps the error', async () => {
    const userId = rugaoStaff.userId;
    await t.database.db.transaction((tx) =>
      scheduleReminder(tx, { kind: 'flaky', dueAt: new Date(Date.now() - 1000), payload: { userId }, dedupeKey: 'test:flaky' }),
    );
    const flaky = {
      flaky: async (db: Parameters<(typeof PLATFORM_REMINDERS)['notify']>[0], r: { payload: unknown }) => {
        await PLATFORM_REMINDERS.notify(db, { id: 0, dueAt: new Date(), payload: { userIds: [(r.payload as { userId: number }).userId], kind: 'half', title: '半成品', titleEn: 'half' } });
        throw new Error('gateway down');
      },
    };
    const before = (await bell(rugaoStaff)).total;
    expect(await fireDueReminders(t.database.db, flaky)).toBe(0);
    expect((await bell(rugaoStaff)).total).toBe(before);
    const [row] = await queryRows<{ attempts: number; last_error: string; fired_at: Date | null }>(
      t.database.db,
      sql`select attempts, last_error, fired_at from reminders where dedupe_key = 'test:flaky'`,
    );
    expect(row).toMatchObject({ attempts: 1, last_error: 'gateway down', fired_at: null });
  });
});
