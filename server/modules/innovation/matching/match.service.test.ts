import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../../../db/client.js';
import type { TActor } from '../../../platform/auth/policy.js';
import { type TTestApp, createTestApp } from '../../../test/harness.js';
import { type TFixtureExpert, insertFixtureDemands, insertFixtureEnterprise, insertFixtureExperts } from './match.fixtures.js';
import { matchDemandsForExpert, matchExperts, rebuildMatchIndex, reindexExpert, removeExpertFromIndex } from './match.service.js';

const actor = (roles: TActor['roles'], orgPath = '/1/'): TActor => ({
  userId: 1,
  username: 'u',
  displayName: 'u',
  roles,
  orgId: 1,
  orgPath,
  department: null,
  locale: 'zh-CN',
  via: 'session',
});

describe('matching (科创服务: demand ↔ expert)', () => {
  let app: TTestApp;
  let database: Database;
  let rugao: number;
  let haimen: number;
  const ids: Record<string, number> = {};
  const staff = actor(['city_staff']);

  const experts = (): Record<string, TFixtureExpert> => ({
    welding: {
      name: '陈海焊',
      orgId: rugao,
      unit: '江苏科技大学材料科学与工程学院',
      title: '教授',
      disciplines: ['材料科学'],
      industries: ['船舶海工'],
      keywords: ['海工装备', '焊接', '厚板焊接变形控制'],
      bio: '长期从事船舶与海洋工程装备焊接工艺、焊接残余应力与变形控制研究。',
      achievements: [
        { kind: 'patent', title: '一种海工平台厚板焊接变形控制方法', year: new Date().getFullYear() - 1 },
        { kind: 'patent', title: '海工用高强钢埋弧焊接焊缝韧性提升工艺', year: new Date().getFullYear() },
        { kind: 'paper', title: '海洋平台桩腿焊接残余应力数值模拟', abstract: '采用有限元方法研究厚板多层多道焊的残余应力分布。', year: 2016 },
      ],
    },
    // Shares 焊接 but works on surgery (吻合) — a distractor.
    surgeon: {
      name: '李吻合',
      orgId: haimen,
      unit: '南通大学附属医院',
      title: '主任医师',
      disciplines: ['临床医学'],
      industries: ['生物医药'],
      keywords: ['血管吻合', '组织焊接', '微创外科'],
      bio: '从事高频电刀组织焊接在微创外科中的临床应用研究。',
    },
    textile: {
      name: '王纺',
      orgId: haimen,
      unit: '南通大学纺织服装学院',
      title: '教授',
      disciplines: ['纺织科学技术'],
      industries: ['高端纺织'],
      keywords: ['功能性纺织品', '家纺', '抗菌整理'],
      bio: '研究家用纺织品抗菌、阻燃功能整理技术。',
    },
    fuelCell: {
      name: 'Dr. Alan Grant',
      orgId: rugao,
      unit: 'University of Nottingham Ningbo',
      title: 'Professor',
      disciplines: ['能源科学技术'],
      industries: ['氢能', '新能源'],
      keywords: ['proton exchange membrane fuel cells', 'hydrogen electrolysis', 'catalyst durability'],
      bio: 'Works on degradation mechanisms of PEM fuel cell stacks and low-platinum catalysts for water electrolysis.',
      achievements: [{ kind: 'paper', title: 'Durability of low-platinum cathode catalysts in PEM fuel cells', year: new Date().getFullYear() - 2 }],
    },
    battery: {
      name: 'Dr. Mary Chen',
      orgId: haimen,
      unit: 'Nantong University',
      title: 'Associate Professor',
      disciplines: ['化学'],
      industries: ['新能源'],
      keywords: ['lithium-ion batteries', 'solid electrolytes'],
      bio: 'Designs solid-state electrolytes for lithium batteries and studies cell safety.',
    },
    shipDesign: {
      name: '周船',
      orgId: haimen,
      unit: '南通中远海运川崎船舶工程有限公司',
      title: '正高级工程师',
      disciplines: ['交通运输工程'],
      industries: ['船舶海工'],
      keywords: ['船型设计', '节能减排'],
      bio: '从事散货船船型优化与节能装置设计。',
    },
    privateExpert: {
      name: '赵隐',
      orgId: rugao,
      keywords: ['焊接机器人'],
      industries: ['高端装备'],
      bio: '焊接机器人离线编程。',
      isPublic: false,
    },
  });

  beforeAll(async () => {
    // The harness's database: in-memory PGlite, or PostgreSQL when KEXIE_TEST_DATABASE_URL is set.
    app = await createTestApp();
    database = app.database;
    const [r] = await queryRows<{ id: number }>(database.db, sql`select id from orgs where code = 'rugao'`);
    const [h] = await queryRows<{ id: number }>(database.db, sql`select id from orgs where code = 'haimen'`);
    rugao = r.id;
    haimen = h.id;
    const all = experts();
    const keys = Object.keys(all);
    const inserted = await insertFixtureExperts(database.db, Object.values(all));
    keys.forEach((k, i) => {
      ids[k] = inserted[i];
    });
    await database.db.transaction(async (tx) => {
      for (const id of inserted) await reindexExpert(tx, id);
    });
  });
  afterAll(() => app.close());

  it('puts the marine welding expert first for a Chinese demand, ahead of a surgeon who also "welds"', async () => {
    const { items } = await matchExperts(database.db, staff, { text: '海工平台厚板焊接变形大，焊缝质量不稳定' });
    expect(items[0].expertId).toBe(ids.welding);
    const surgeon = items.find((i) => i.expertId === ids.surgeon);
    if (surgeon) expect(surgeon.score).toBeLessThan(items[0].score / 2);
  });

  it('puts the fuel-cell expert first for an English demand (stemming: cells/cell, catalysts/catalyst)', async () => {
    const { items } = await matchExperts(database.db, staff, { text: 'Improving catalyst durability in PEM fuel cell stacks' });
    expect(items[0].expertId).toBe(ids.fuelCell);
    expect(items.map((i) => i.expertId)).not.toContain(ids.textile);
  });

  it('finds an English-language expert for a Chinese demand through the glossary, at reduced credit', async () => {
    const { items } = await matchExperts(database.db, staff, { text: '燃料电池催化剂耐久性' });
    const grant = items.find((i) => i.expertId === ids.fuelCell);
    expect(items[0].expertId).toBe(ids.fuelCell);
    expect(grant!.score).toBeLessThan(0.9);
    // The two texts share no word: the reason names the translation pair, not an English keyword as if shared.
    expect(grant!.reasons.find((r) => r.kind === 'translation')?.detail).toMatch(/催化剂 ↔ catalyst/);
    expect(grant!.reasons.some((r) => r.kind === 'keywords')).toBe(false);
  });

  it('keeps every score in [0, 1] and sorted descending, whatever the text', async () => {
    const texts = ['焊接', '焊接 焊接 焊接 焊接 焊接 焊接 海工装备 海工装备', 'fuel', '!!!', '纺织 battery 焊接 hydrogen 船型', 'x'.repeat(3000)];
    for (const text of texts) {
      const { items } = await matchExperts(database.db, staff, { text, limit: 50 });
      for (const [i, it] of items.entries()) {
        expect(it.score).toBeGreaterThanOrEqual(0);
        expect(it.score).toBeLessThanOrEqual(1);
        if (i > 0) expect(it.score).toBeLessThanOrEqual(items[i - 1].score);
      }
    }
  });

  it('gives a long demand and its short version comparable scores for the same expert', async () => {
    // Tolerance 0.15: the long text adds context the expert does not cover (生产效率, 人工返修) and
    // should cost something, but far less than the 0.3 threshold staff use to shortlist.
    const short = await matchExperts(database.db, staff, { text: '海工装备厚板焊接变形控制' });
    const long = await matchExperts(database.db, staff, {
      text:
        '厚板焊接变形控制\n我公司主要生产海工装备平台结构件，目前在厚板多层多道焊接过程中存在焊接变形大、残余应力高、' +
        '焊缝质量不稳定等问题，人工返修多，影响生产效率。希望寻求焊接工艺和变形控制方面的专家合作攻关。',
    });
    const s = short.items.find((i) => i.expertId === ids.welding)!.score;
    const l = long.items.find((i) => i.expertId === ids.welding)!.score;
    expect(s).toBeGreaterThan(0.3);
    expect(l).toBeGreaterThan(0.3);
    expect(Math.abs(s - l)).toBeLessThanOrEqual(0.15);
  });

  it('filters by cluster only when asked; a demand cluster only boosts and explains', async () => {
    const text = '焊接工艺优化';
    const filtered = await matchExperts(database.db, staff, { text, filters: { cluster: '生物医药' } });
    expect(filtered.items.map((i) => i.expertId)).toEqual([ids.surgeon]);

    const plain = await matchExperts(database.db, staff, { text });
    const boosted = await matchExperts(database.db, staff, { text, demand: { cluster: '船舶海工' } });
    expect(boosted.items.map((i) => i.expertId).sort()).toEqual(plain.items.map((i) => i.expertId).sort());
    const before = plain.items.find((i) => i.expertId === ids.welding)!;
    const after = boosted.items.find((i) => i.expertId === ids.welding)!;
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.reasons).toContainEqual({ kind: 'cluster', detail: '同属产业集群: 船舶海工' });
    expect(boosted.items.find((i) => i.expertId === ids.surgeon)?.reasons.some((r) => r.kind === 'cluster')).not.toBe(true);
  });

  it('filters by district (org code) and names the shared district as a reason', async () => {
    const { items } = await matchExperts(database.db, staff, { text: '焊接', filters: { district: 'haimen' } });
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.expertId)).not.toContain(ids.welding);
    const signal = await matchExperts(database.db, staff, { text: '焊接变形', demand: { orgId: rugao } });
    expect(signal.items.find((i) => i.expertId === ids.welding)!.reasons).toContainEqual({ kind: 'district', detail: '同在如皋市' });
    await expect(matchExperts(database.db, staff, { text: '焊接', filters: { district: 'nowhere' } })).rejects.toMatchObject({ code: 'ORG_NOT_FOUND' });
  });

  it('explains a match with the matched keywords and recent achievements', async () => {
    const { items } = await matchExperts(database.db, staff, { text: '海工装备焊接' });
    const top = items[0];
    const kw = top.reasons.find((r) => r.kind === 'keywords');
    expect(kw?.detail).toContain('海工装备');
    expect(kw?.detail).toContain('焊接');
    expect(top.reasons.find((r) => r.kind === 'achievements')?.detail).toMatch(/^近三年相关专利 2 项/);
  });

  it('scores given experts exactly as the ranked list does (expertIds)', async () => {
    const text = '海工装备焊接变形';
    const ranked = await matchExperts(database.db, staff, { text, demand: { cluster: '船舶海工', orgId: rugao } });
    const one = await matchExperts(database.db, staff, { text, demand: { cluster: '船舶海工', orgId: rugao }, expertIds: [ids.welding, ids.textile] });
    expect(one.items.map((i) => i.expertId)).toEqual([ids.welding]);
    expect(one.items[0]).toEqual(ranked.items.find((i) => i.expertId === ids.welding));
  });

  it('shows only public experts to the public showcase (actor null)', async () => {
    const asStaff = await matchExperts(database.db, staff, { text: '焊接机器人' });
    const asPublic = await matchExperts(database.db, null, { text: '焊接机器人' });
    expect(asStaff.items.map((i) => i.expertId)).toContain(ids.privateExpert);
    expect(asPublic.items.map((i) => i.expertId)).not.toContain(ids.privateExpert);
  });

  it('changes results after an expert edit is reindexed', async () => {
    const text = '印染废水深度处理';
    expect((await matchExperts(database.db, staff, { text })).items.map((i) => i.expertId)).not.toContain(ids.textile);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`update experts set keywords = array['功能性纺织品', '印染废水处理'] where id = ${ids.textile}`);
      await reindexExpert(tx, ids.textile);
    });
    expect((await matchExperts(database.db, staff, { text })).items[0]?.expertId).toBe(ids.textile);
  });

  it('keeps document frequencies equal to a full rebuild after edits and removals', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`update experts set bio = '专注船舶涂装与防腐' where id = ${ids.shipDesign}`);
      await reindexExpert(tx, ids.shipDesign);
      await removeExpertFromIndex(tx, ids.battery);
      await tx.execute(sql`delete from experts where id = ${ids.battery}`);
    });
    const incremental = await queryRows<{ term: string; df: number }>(database.db, sql`select term, df from match_term_stats order by term`);
    const result = await rebuildMatchIndex(database.db);
    const rebuilt = await queryRows<{ term: string; df: number }>(database.db, sql`select term, df from match_term_stats order by term`);
    expect(incremental).toEqual(rebuilt);
    expect(result.experts).toBe(Object.keys(ids).length - 1);
  });

  it('keeps document frequencies exact under concurrent expert writes (no deadlock on PostgreSQL)', async () => {
    const more = await insertFixtureExperts(
      database.db,
      Array.from({ length: 8 }, (_, i) => ({ name: `并发${i}`, orgId: rugao, keywords: ['焊接', '涂层', `课题${i}`], bio: '海洋平台焊接与防腐' })),
    );
    await Promise.all(
      more.map((id, i) =>
        database.db.transaction(async (tx) => {
          if (i % 2) await tx.execute(sql`update experts set keywords = array['防腐', '阴极保护'] where id = ${id}`);
          await reindexExpert(tx, id);
        }),
      ),
    );
    const [row] = await queryRows<{ df: number; actual: number }>(
      database.db,
      sql`select (select df from match_term_stats where term = '焊接') as df,
                 (select count(*)::int from expert_terms where term = '焊接') as actual`,
    );
    expect(row.df).toBe(row.actual);
  });

  it('ranks demands for an expert and keeps staff-only demands from non-staff', async () => {
    const ent = await insertFixtureEnterprise(database.db, rugao, '南通某海工装备有限公司');
    const [open, secret, draft, other] = await insertFixtureDemands(database.db, [
      { enterpriseId: ent, orgId: rugao, title: '海工平台厚板焊接变形控制', description: '多层多道焊变形大，需要焊接工艺专家。', cluster: '船舶海工' },
      { enterpriseId: ent, orgId: rugao, title: '桩腿焊接残余应力消除', description: '焊后热处理与振动时效方案。', confidentiality: 'staff' },
      { enterpriseId: ent, orgId: rugao, title: '焊接机器人选型', description: '草稿阶段。', status: 'draft' },
      { enterpriseId: ent, orgId: rugao, title: '家纺面料抗菌整理', description: '需要纺织功能整理专家。' },
    ]);
    const publicView = await matchDemandsForExpert(database.db, null, ids.welding, { limit: 10 });
    const expertView = await matchDemandsForExpert(database.db, actor(['expert'], `/1/${rugao}/`), ids.welding, { limit: 10 });
    const staffView = await matchDemandsForExpert(database.db, staff, ids.welding, { limit: 10 });
    expect(publicView.items[0].demandId).toBe(open);
    for (const view of [publicView, expertView]) {
      expect(view.items.map((i) => i.demandId)).not.toContain(secret);
      expect(view.items.map((i) => i.demandId)).not.toContain(draft);
    }
    expect(staffView.items.map((i) => i.demandId)).toContain(secret);
    expect(staffView.items.map((i) => i.demandId)).not.toContain(other);
    // Same score from both sides of the match.
    const forward = await matchExperts(database.db, staff, {
      text: '海工平台厚板焊接变形控制\n多层多道焊变形大，需要焊接工艺专家。',
      demand: { cluster: '船舶海工', orgId: rugao },
    });
    expect(staffView.items.find((i) => i.demandId === open)!.score).toBeCloseTo(
      forward.items.find((i) => i.expertId === ids.welding)!.score,
      4,
    );
  });
});
