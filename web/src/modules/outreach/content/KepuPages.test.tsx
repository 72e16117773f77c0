import { cleanup, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderApp } from '../../../test/setup';
import KepuDetailPage from './KepuDetailPage';
import KepuListPage from './KepuListPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const content = {
  id: 5,
  kind: 'article',
  title: '<img src=x onerror=alert(1)>台风来临前',
  summary: '<script>alert(2)</script>做好准备',
  coverUrl: null,
  videoUrl: null,
  posterUrl: null,
  author: '市气象科普馆',
  source: null,
  tags: [],
  targetGroups: ['farmers'],
  columnId: 3,
  columnName: '应急科普',
  publishedAt: '2026-06-01T00:00:00Z',
  orgName: '南通市科学技术协会',
  body: '<h2>要点</h2><ul><li>关注预警</li></ul><img src="/api/v1/public/content-files/abc" alt="示意图" />',
  images: [],
};

describe('科普园地 portal pages', () => {
  it('lists published content with its columns and links to each', async () => {
    mockApi({
      'GET /api/v1/public/content-columns': () => ({ body: { items: [{ id: 3, name: '应急科普', description: null, contentCount: 12 }] } }),
      'GET /api/v1/public/contents': () => ({ body: { items: [content], total: 1 } }),
    });
    renderApp(
      <Routes>
        <Route path="/portal/kepu" element={<KepuListPage />} />
      </Routes>,
      { route: '/portal/kepu' },
    );
    const link = await screen.findByRole('link', { name: content.title });
    expect(link.getAttribute('href')).toBe('/portal/kepu/5');
    expect((await screen.findByRole('link', { name: '应急科普 12' })).getAttribute('href')).toBe('/portal/kepu/columns/3');
  });

  it('shows plain-text fields as text and the sanitized body as formatting', async () => {
    mockApi({ 'GET /api/v1/public/contents/5': () => ({ body: content }) });
    renderApp(
      <Routes>
        <Route path="/portal/kepu/:id" element={<KepuDetailPage />} />
      </Routes>,
      { route: '/portal/kepu/5' },
    );
    expect(await screen.findByRole('heading', { name: content.title, level: 1 })).toBeTruthy();
    expect(screen.getByText(content.summary)).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getByRole('heading', { name: '要点', level: 2 })).toBeTruthy();
    expect(screen.getByRole('img', { name: '示意图' }).getAttribute('src')).toBe('/api/v1/public/content-files/abc');
    expect(screen.getByText('农民')).toBeTruthy();
  });
});
