import { cleanup, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TProgrammeDetail, TTrainingList } from './api';
import ProgrammePage from './ProgrammePage';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const programme = (patch: Partial<TProgrammeDetail> = {}): TProgrammeDetail => ({
  id: 7,
  name: '培育高素质农民',
  targetGroup: 'farmers',
  targetCount: 15000,
  unit: '名',
  startYear: 2022,
  endYear: 2026,
  isLivelihood: true,
  orgId: 1,
  orgName: '南通市科学技术协会',
  description: '2022年南通市政府民生实事项目',
  trainees: 12600,
  trainings: 170,
  percent: 84,
  canEdit: true,
  isDemo: false,
  byDistrict: [
    { orgId: 2, orgName: '崇川区科协', trainees: 1800, trainings: 25, percent: 12 },
    { orgId: 8, orgName: '如皋市科协', trainees: 1950, trainings: 26, percent: 13 },
    { orgId: 9, orgName: '海安市科协', trainees: 0, trainings: 0, percent: 0 },
  ],
  byYear: [{ year: 2022, trainees: 2500 }],
  ...patch,
});

const trainings: TTrainingList = {
  items: [
    {
      id: 1,
      programmeId: 7,
      programmeName: '培育高素质农民',
      title: '如皋市高素质农民培训班（设施蔬菜栽培）第1期',
      heldOn: '2025-04-10',
      orgId: 8,
      orgName: '如皋市科学技术协会',
      traineeCount: 80,
      hours: 16,
      venue: '如皋市农业技术推广中心',
      attachmentIds: [],
      isDemo: false,
    },
  ],
  total: 1,
  trainees: 80,
};

function renderProgramme(roles: string[], p: TProgrammeDetail) {
  setSessionCookie();
  mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/programmes/7': () => ({ body: p }),
    'GET /api/v1/programmes/7/trainings': () => ({ body: trainings }),
  });
  renderApp(
    <Routes>
      <Route path="/admin/outreach/programmes/:id" element={<ProgrammePage />} />
    </Routes>,
    { route: '/admin/outreach/programmes/7' },
  );
}

/** The progressbar's shown text (antd Progress puts the percent text beside the bar). */
const barText = (el: HTMLElement) => el.closest('.ant-progress')?.querySelector('.ant-progress-indicator, .ant-progress-text')?.textContent;

describe('programme page', () => {
  it('shows the overall progress against the target and each district’s share', async () => {
    renderProgramme(['city_staff'], programme());
    const overall = await screen.findByRole('progressbar', { name: '总体进度' });
    expect(overall.getAttribute('aria-valuenow')).toBe('84');
    expect(barText(overall)).toBe('84%');
    const districts = screen.getByRole('list', { name: '各县（市、区）进度' });
    const rugao = within(districts).getByRole('listitem', { name: '如皋市科协' });
    expect(within(rugao).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('13');
    expect(within(rugao).getByText('1,950 名 · 26 期')).toBeTruthy();
    const haian = within(districts).getByRole('listitem', { name: '海安市科协' });
    expect(within(haian).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    // the trainings recorded against it, with their sum
    expect(await screen.findByText('如皋市高素质农民培训班（设施蔬菜栽培）第1期')).toBeTruthy();
    expect(screen.getByText('合计 80 名')).toBeTruthy();
  });

  it('caps the bar at 100 but says how far past the target it went', async () => {
    renderProgramme(['leader'], programme({ trainees: 16500, percent: 110, byDistrict: [] }));
    const overall = await screen.findByRole('progressbar', { name: '总体进度' });
    expect(overall.getAttribute('aria-valuenow')).toBe('100');
    expect(barText(overall)).toBe('110%');
  });

  it('offers recording a training only to roles that may', async () => {
    renderProgramme(['leader'], programme());
    await screen.findByText('如皋市高素质农民培训班（设施蔬菜栽培）第1期');
    expect(screen.queryByRole('button', { name: /登记培训/ })).toBeNull();
    cleanup();
    renderProgramme(['liaison'], programme());
    expect(await screen.findByRole('button', { name: /登记培训/ })).toBeTruthy();
  });
});
