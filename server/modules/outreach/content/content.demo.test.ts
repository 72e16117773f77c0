import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp } from '../../../test/harness.js';
import { seedContentDemo } from './content.demo.js';

describe('[outreach] 科普内容 demo data', () => {
  let t: TTestApp;
  let result: Awaited<ReturnType<typeof seedContentDemo>>;
  beforeAll(async () => {
    t = await createTestApp();
    result = await seedContentDemo(t.database.db);
  });
  afterAll(() => t.close());

  it('seeds columns, screens with playlists and five years of content, mostly on the portal', async () => {
    expect(result.columns).toBe(5);
    expect(result.screens).toBe(4);
    expect(result.contents).toBeGreaterThanOrEqual(80);
    expect(result.contents).toBeLessThanOrEqual(150);
    const portal = (await t.as(null, { method: 'GET', url: '/api/v1/public/contents?pageSize=200' })).json();
    expect(portal.total).toBeGreaterThan(result.contents / 2);
    const years = new Set(portal.items.map((i: { publishedAt: string }) => i.publishedAt.slice(0, 4)));
    for (const y of ['2022', '2023', '2024', '2025', '2026']) expect(years, y).toContain(y);
    const pl = (await t.as(null, { method: 'GET', url: '/api/v1/public/screens/ntkjg-hall/playlist' })).json();
    expect(pl.items.length).toBeGreaterThan(0);
    const all = (await t.as(t.admin, { method: 'GET', url: '/api/v1/contents?pageSize=200' })).json();
    const statuses = new Set(all.items.map((i: { status: string }) => i.status));
    expect([...statuses].sort()).toEqual(['draft', 'offline', 'pending', 'published']);
    expect(all.items.every((i: { isDemo: boolean }) => i.isDemo)).toBe(true);
  });
});
