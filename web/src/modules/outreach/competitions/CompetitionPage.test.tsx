import { cleanup, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TCompetition, TEntry, TEntryList } from './api';
import CompetitionPage from './CompetitionPage';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const competition: TCompetition = {
  id: 3,
  series: 'youth_innovation',
  title: '第38届江苏省青少年科技创新大赛（南通市参赛）',
  year: 2024,
  level: 'provincial',
  orgId: 1,
  orgName: '南通市科学技术协会',
  startsOn: '2024-05-10',
  endsOn: '2024-05-20',
  description: null,
  entryCount: 2,
  awardCount: 1,
  canEdit: true,
  isDemo: false,
};

const entry = (patch: Partial<TEntry>): TEntry => ({
  id: 1,
  competitionId: 3,
  competitionTitle: competition.title,
  title: '沿江湿地鸟类多样性调查',
  participants: ['张小明'],
  participantsMasked: false,
  school: '江苏省如皋中学',
  instructor: '王老师',
  orgId: 8,
  orgName: '如皋市科学技术协会',
  category: '科技创新成果',
  awardLevel: 'provincial',
  awardGrade: '一等奖',
  announcedOn: '2024-05-20',
  isDemo: false,
  ...patch,
});

function renderCompetition(roles: string[], list: TEntryList) {
  setSessionCookie();
  mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/competitions/3': () => ({ body: competition }),
    'GET /api/v1/competitions/3/entries': () => ({ body: list }),
  });
  renderApp(
    <Routes>
      <Route path="/admin/outreach/competitions/:id" element={<CompetitionPage />} />
    </Routes>,
    { route: '/admin/outreach/competitions/3' },
  );
}

describe('competition page', () => {
  it('lists the entries with their award, and offers adding and importing to staff', async () => {
    renderCompetition(['district_staff'], {
      items: [entry({}), entry({ id: 2, title: '智能药盒', school: '如皋市第一中学', awardLevel: null, awardGrade: null, participants: ['李小红'] })],
      total: 2,
      byAwardLevel: { provincial: 1 },
    });
    const row = (await screen.findByText('沿江湿地鸟类多样性调查')).closest('tr') as HTMLElement;
    expect(within(row).getByText('省级')).toBeTruthy();
    expect(within(row).getByText('一等奖')).toBeTruthy();
    expect(within(row).getByText('张小明')).toBeTruthy();
    const other = screen.getByText('智能药盒').closest('tr') as HTMLElement;
    expect(within(other).getByText('未获奖')).toBeTruthy();
    expect(screen.getByRole('button', { name: /登记作品/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /导入/ })).toBeTruthy();
  });

  it('shows a leader the entries read-only, students by surname only', async () => {
    renderCompetition(['leader'], { items: [entry({ participants: ['张**'], participantsMasked: true })], total: 1, byAwardLevel: { provincial: 1 } });
    const row = (await screen.findByText('沿江湿地鸟类多样性调查')).closest('tr') as HTMLElement;
    expect(within(row).getByText('张**')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记作品/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /导入/ })).toBeNull();
    expect(within(row).queryByRole('button', { name: '编辑' })).toBeNull();
  });
});
