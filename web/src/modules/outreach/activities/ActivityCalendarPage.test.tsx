import { cleanup, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi, renderApp } from '../../../test/setup';
import ActivityCalendarPage from './ActivityCalendarPage';
import ActivityPublicDetailPage from './ActivityPublicDetailPage';
import type { TPublicActivity } from './api';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const activity = (patch: Partial<TPublicActivity>): TPublicActivity => ({
  id: 5,
  type: 'science_day',
  typeLabel: '全国科普日',
  title: '2026年如皋市全国科普日主场活动',
  organizer: '如皋市科学技术协会',
  coOrganizers: ['如皋市教育体育局'],
  districtId: 7,
  districtName: '如皋市科学技术协会',
  startDate: '2026-09-19',
  endDate: '2026-09-20',
  venue: '如皋市人民广场',
  targetGroups: ['youth', 'elderly'],
  description: '科普展板、互动体验和专家咨询。',
  phase: 'upcoming',
  isDemo: false,
  ...patch,
});

function renderPortal(route: string, routes: Record<string, () => { status?: number; body?: unknown }>) {
  const api = mockApi({ 'GET /api/v1/public/activity-districts': () => ({ body: { items: [{ id: 7, name: '如皋市科学技术协会' }] } }), ...routes });
  renderApp(
    <Routes>
      <Route path="/portal/activities" element={<ActivityCalendarPage />} />
      <Route path="/portal/activities/:id" element={<ActivityPublicDetailPage />} />
    </Routes>,
    { route },
  );
  return api;
}

describe('public activity calendar', () => {
  it('lists upcoming activities with the district and type of the address, and links the filtered feed', async () => {
    const { calls } = renderPortal('/portal/activities?districtId=7&type=science_day', {
      'GET /api/v1/public/activities': () => ({ body: { items: [activity({})], total: 1 } }),
    });
    expect(await screen.findByRole('link', { name: '2026年如皋市全国科普日主场活动' })).toBeTruthy();
    expect(screen.getByText('2026-09-19 ~ 2026-09-20')).toBeTruthy();
    expect(screen.getByText('共 1 项')).toBeTruthy();
    const list = calls.find((c) => c.path === '/api/v1/public/activities');
    expect(Object.fromEntries(list!.query)).toEqual({ districtId: '7', type: 'science_day', page: '1', pageSize: '12' });
    expect(screen.getByRole('link', { name: /订阅日历/ }).getAttribute('href')).toBe('/api/v1/public/activities.ics?districtId=7&type=science_day');
  });

  it('asks for the whole month in the month view', async () => {
    const { calls } = renderPortal('/portal/activities?view=month&month=2026-09', {
      'GET /api/v1/public/activities': () => ({ body: { items: [activity({})], total: 1 } }),
    });
    expect((await screen.findAllByRole('link', { name: '2026年如皋市全国科普日主场活动' })).length).toBe(2); // on the 19th and the 20th
    const list = calls.find((c) => c.path === '/api/v1/public/activities');
    expect(list!.query.get('from')).toBe('2026-08-25');
    expect(list!.query.get('to')).toBe('2026-10-07');
  });

  it('shows one activity with its 加入日历 (.ics) link, and says so when it is not public', async () => {
    renderPortal('/portal/activities/5', { 'GET /api/v1/public/activities/5': () => ({ body: activity({}) }) });
    expect(await screen.findByRole('heading', { name: '2026年如皋市全国科普日主场活动' })).toBeTruthy();
    expect(screen.getByText('青少年、老年人')).toBeTruthy();
    expect(screen.getByRole('link', { name: /加入日历/ }).getAttribute('href')).toBe('/api/v1/public/activities/5/ics');
    cleanup();
    renderPortal('/portal/activities/6', { 'GET /api/v1/public/activities/6': () => apiError(404, 'NOT_FOUND', '科普活动不存在', 'Activity not found') });
    expect(await screen.findByText('科普活动不存在')).toBeTruthy();
  });
});
