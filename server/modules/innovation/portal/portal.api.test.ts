import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../people/person.schema.js';
import { type TTestApp, createTestApp } from '../../../test/harness.js';
import { makeDemand, makeEnterprise, makeExpert } from '../docking/innovation.test-helper.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { DEMAND_STATUSES, platforms } from '../innovation.schema.js';

const anon = null;
const PERSONAL = ['13912345678', '联系人甲', '320602197801011239', '13800001111', 'zhou@example.com'];

describe('[innovation] public portal: demand hall, expert showcase, platforms', () => {
  let t: TTestApp;
  let rugao: number;
  const byStatus = new Map<string, number>();
  let staffOnly: number;
  let publicExpert: number;
  let hiddenExpert: number;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    rugao = await t.orgIdByCode('rugao');
    const root = await t.orgIdByCode('root');
    const enterprise = await makeEnterprise(db, rugao, { name: '南通中远海运船务工程有限公司', address: '崇川区长江路1号' });
    for (const status of DEMAND_STATUSES) {
      byStatus.set(
        status,
        await makeDemand(db, enterprise, rugao, {
          title: `深海钻井平台焊接变形控制（${status}）`,
          status,
          budgetMin: 50,
          budgetMax: 120,
          deadline: '2027-06-30',
          publishedAt: ['draft', 'pending', 'returned'].includes(status) ? null : new Date('2025-04-01T00:00:00Z'),
        }),
      );
    }
    staffOnly = await makeDemand(db, enterprise, rugao, { title: '保密：新型船用燃料电池焊接', confidentiality: 'staff' });
    await makeDemand(db, enterprise, rugao, {
      title: '高支数纱线断头率控制',
      description: '环锭纺高支纱断头率偏高，寻求纺纱工艺与设备改进。',
      category: '技术咨询',
      cluster: '高端纺织',
    });
    const [person] = await db
      .insert(people)
      .values({ name: '周海工', orgId: root, phone: '13800001111', idNumber: '320602197801011239', email: 'zhou@example.com' })
      .returning({ id: people.id });
    publicExpert = await makeExpert(db, root, { name: '周海工', personId: person.id, bio: '焊'.repeat(500), isAcademician: false });
    await makeExpert(db, root, { name: '顾晓松', unit: '南通大学', isAcademician: true, industries: ['生物医药'], keywords: ['脊髓损伤', '神经再生'] });
    hiddenExpert = await makeExpert(db, root, { name: '隐藏专家', isPublic: false });
    await db.insert(platforms).values([
      { orgId: root, kind: 'haizhi_base', level: 'national', name: '中国科协海智计划南通工作基地', hostName: '南通市科协', establishedOn: '2019-09-01' },
      { orgId: root, kind: 'haizhi_base', level: 'provincial', name: '江苏省海智基地（如皋）', hostName: '如皋高新区' },
      { orgId: rugao, kind: 'academician_workstation', level: 'national', name: '隆昌化工院士工作站', hostEnterpriseId: enterprise, academicians: ['钱旭红'] },
      { orgId: rugao, kind: 'academician_workstation', level: 'municipal', name: '已撤销工作站', hostName: '某公司', status: 'revoked' },
    ]);
  });
  afterAll(() => t.close());

  it('shows only public demands that are published, docking, signed or solved — without login (view=all)', async () => {
    const res = await t.as(anon, { method: 'GET', url: '/api/v1/public/demands?pageSize=50&view=all' });
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((d: { id: number }) => d.id).sort();
    const expected = ['published', 'docking', 'signed', 'solved'].map((s) => byStatus.get(s)!);
    expect(ids).toEqual([...expected, ids.find((id: number) => !expected.includes(id))].sort());
    expect(res.json().total).toBe(5);
    for (const s of ['draft', 'pending', 'returned', 'closed']) expect(ids).not.toContain(byStatus.get(s));
    expect(ids).not.toContain(staffOnly);
    expect(res.json().items[0]).toMatchObject({ enterpriseName: '南通中远海运船务工程有限公司', budgetMin: 50, budgetMax: 120 });
  });

  it('returns exactly the public fields of a demand, and nothing personal', async () => {
    const res = await t.as(anon, { method: 'GET', url: `/api/v1/public/demands/${byStatus.get('published')}` });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(
      ['budgetMax', 'budgetMin', 'category', 'cluster', 'deadline', 'description', 'enterpriseName', 'id', 'isOpen', 'phase', 'publishedAt', 'status', 'title'].sort(),
    );
    for (const secret of PERSONAL) expect(res.body).not.toContain(secret);
    expect(res.body).not.toContain('长江路');
  });

  it('answers 404 for staff-only, draft, pending, returned and closed demands', async () => {
    for (const id of [staffOnly, ...['draft', 'pending', 'returned', 'closed'].map((s) => byStatus.get(s)!), 999999]) {
      const res = await t.as(anon, { method: 'GET', url: `/api/v1/public/demands/${id}` });
      expect(res.statusCode, String(id)).toBe(404);
    }
    // signed-in staff get the same answer from the public endpoint
    expect((await t.as(t.admin, { method: 'GET', url: `/api/v1/public/demands/${staffOnly}` })).statusCode).toBe(404);
  });

  it('searches the demand hall with Chinese words and filters by category and cluster', async () => {
    const q = async (query: string) => (await t.as(anon, { method: 'GET', url: `/api/v1/public/demands?view=all&${query}` })).json();
    const weld = await q(`q=${encodeURIComponent('焊接变形')}`);
    expect(weld.total).toBe(4);
    expect(weld.items.every((d: { title: string }) => d.title.includes('焊接'))).toBe(true);
    const yarn = await q(`q=${encodeURIComponent('纺纱工艺')}`);
    expect(yarn.items.map((d: { title: string }) => d.title)).toEqual(['高支数纱线断头率控制']);
    expect((await q(`q=${encodeURIComponent('燃料电池')}`)).total).toBe(0); // the staff-only one
    expect((await q(`category=${encodeURIComponent('技术咨询')}`)).total).toBe(1);
    expect((await q(`cluster=${encodeURIComponent('船舶海工')}`)).total).toBe(4);
    expect((await q('status=signed')).total).toBe(1);
    expect((await t.as(anon, { method: 'GET', url: '/api/v1/public/demands?status=draft' })).statusCode).toBe(400);
  });

  it('lists open demands by default and first; closed and expired ones only under the closed filter, marked as such (issue 12 §5)', async () => {
    const db = t.database.db;
    const enterprise = await makeEnterprise(db, rugao);
    const expired = await makeDemand(db, enterprise, rugao, { title: '过期仍已发布的需求', deadline: '2025-01-01' });
    const expiredDocking = await makeDemand(db, enterprise, rugao, { title: '过期的对接中需求', status: 'docking', deadline: '2025-01-01' });
    const lastDay = await makeDemand(db, enterprise, rugao, { title: '今天截止的需求', deadline: todayInChina(), publishedAt: new Date('2020-01-01T00:00:00Z') });
    const list = async (query = '') => (await t.as(anon, { method: 'GET', url: `/api/v1/public/demands?pageSize=50${query}` })).json();

    const open = await list();
    const phases = open.items.map((d: { phase: string }) => d.phase);
    expect(new Set(phases)).toEqual(new Set(['open', 'docking']));
    expect(phases.indexOf('docking')).toBeGreaterThan(phases.lastIndexOf('open')); // 征集中 first, then 对接中
    const ids = open.items.map((d: { id: number }) => d.id);
    for (const id of [expired, expiredDocking, byStatus.get('signed'), byStatus.get('solved')]) expect(ids).not.toContain(id);
    expect(open.items.find((d: { id: number }) => d.id === lastDay)).toMatchObject({ phase: 'open', isOpen: true }); // the deadline day itself is open
    expect(open.items.find((d: { id: number }) => d.id === byStatus.get('docking'))).toMatchObject({ phase: 'docking', isOpen: false });

    const closed = await list('&view=closed');
    const byId = new Map(closed.items.map((d: { id: number; phase: string; isOpen: boolean }) => [d.id, d]));
    expect(byId.get(expired)).toMatchObject({ status: 'published', phase: 'expired', isOpen: false });
    expect(byId.get(expiredDocking)).toMatchObject({ phase: 'expired', isOpen: false });
    expect(byId.get(byStatus.get('signed')!)).toMatchObject({ phase: 'signed' });
    expect(closed.items.every((d: { isOpen: boolean }) => !d.isOpen)).toBe(true);
    expect(closed.total + open.total).toBe((await list('&view=all')).total);

    const all = (await list('&view=all')).items.map((d: { isOpen: boolean }) => d.isOpen);
    expect(all.indexOf(false)).toBeGreaterThan(all.lastIndexOf(true)); // open first
    const detail = await t.as(anon, { method: 'GET', url: `/api/v1/public/demands/${expired}` });
    expect(detail.json()).toMatchObject({ phase: 'expired', isOpen: false });
    expect((await t.as(anon, { method: 'GET', url: '/api/v1/public/demands?view=bogus' })).statusCode).toBe(400);
  });

  it('shows public experts with professional fields only', async () => {
    const res = await t.as(anon, { method: 'GET', url: '/api/v1/public/experts' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((e: { id: number }) => e.id)).not.toContain(hiddenExpert);
    expect(items[0]).toMatchObject({ name: '顾晓松', isAcademician: true }); // academicians first
    for (const e of items)
      expect(Object.keys(e).sort()).toEqual(['bio', 'disciplines', 'id', 'industries', 'isAcademician', 'keywords', 'name', 'title', 'unit']);
    for (const secret of PERSONAL) expect(res.body).not.toContain(secret);
    const zhou = items.find((e: { id: number }) => e.id === publicExpert);
    expect([...zhou.bio].length).toBe(201); // 200 characters and an ellipsis
    const search = (await t.as(anon, { method: 'GET', url: `/api/v1/public/experts?q=${encodeURIComponent('脊髓损伤')}` })).json();
    expect(search.items.map((e: { name: string }) => e.name)).toEqual(['顾晓松']);
    const pinyin = (await t.as(anon, { method: 'GET', url: '/api/v1/public/experts?q=gxs' })).json();
    expect(pinyin.items.map((e: { name: string }) => e.name)).toEqual(['顾晓松']);
    const industry = (await t.as(anon, { method: 'GET', url: `/api/v1/public/experts?industry=${encodeURIComponent('船舶海工')}` })).json();
    expect(industry.items.map((e: { name: string }) => e.name)).toEqual(['周海工']);
    const hidden = (await t.as(anon, { method: 'GET', url: `/api/v1/public/experts?q=${encodeURIComponent('隐藏专家')}` })).json();
    expect(hidden.total).toBe(0);
  });

  it('lists active platforms, national first, with counts by kind and level', async () => {
    const res = await t.as(anon, { method: 'GET', url: '/api/v1/public/platforms' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((p: { name: string }) => p.name)).toEqual(['中国科协海智计划南通工作基地', '隆昌化工院士工作站', '江苏省海智基地（如皋）']);
    expect(body.items[1]).toMatchObject({ hostName: '南通中远海运船务工程有限公司', kindLabel: '院士工作站', levelLabel: '国家级', academicians: ['钱旭红'] });
    expect(body.counts).toContainEqual({ kind: 'haizhi_base', level: 'national', count: 1 });
    expect(body.counts).toContainEqual({ kind: 'haizhi_base', level: 'provincial', count: 1 });
    expect(JSON.stringify(body)).not.toContain('已撤销');
    const haizhi = (await t.as(anon, { method: 'GET', url: '/api/v1/public/platforms?kind=haizhi_base&level=provincial' })).json();
    expect(haizhi.total).toBe(1);
  });
});
