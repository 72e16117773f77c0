import { act, cleanup, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderApp } from '../../../test/setup';
import type { TPlaylist } from './api';
import ScreenPage, { POLL_MS, playlistStorageKey } from './ScreenPage';

const item = (id: number, title: string, body = '<p>正文</p>') => ({
  id,
  kind: 'article' as const,
  title,
  summary: null,
  coverUrl: null,
  videoUrl: null,
  posterUrl: null,
  author: null,
  source: null,
  tags: [],
  targetGroups: [],
  columnId: 1,
  columnName: '应急科普',
  publishedAt: '2026-05-01T00:00:00Z',
  orgName: '如皋市科学技术协会',
  body,
  images: [],
});

const playlist = (items: TPlaylist['items']): TPlaylist => ({
  screen: { code: 'rugao-square', name: '如皋市民广场', location: '市民广场东侧', rotateSeconds: 10 },
  items,
  fetchedAt: '2026-12-01T00:00:00Z',
});

function renderScreen() {
  renderApp(
    <Routes>
      <Route path="/screen/:code" element={<ScreenPage />} />
    </Routes>,
    { route: '/screen/rugao-square' },
  );
}

beforeEach(() => {
  localStorage.clear();
  // only the page's intervals (rotation, clock, polling) are driven by hand; promises and waits stay real
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('科普大屏 kiosk page', () => {
  it('rotates through the playlist at the screen’s pace, rendering titles as text', async () => {
    mockApi({
      'GET /api/v1/public/screens/rugao-square/playlist': () => ({
        body: playlist([item(1, '台风来临前的准备'), item(2, '<script>alert(1)</script>心肺复苏', '<p><strong>黄金四分钟</strong></p>')]),
      }),
    });
    renderScreen();
    expect(await screen.findByRole('heading', { name: '台风来临前的准备' })).toBeTruthy();
    expect(screen.getByText('如皋市民广场')).toBeTruthy();
    expect(screen.getByText('1 / 2')).toBeTruthy();
    act(() => vi.advanceTimersByTime(10_000));
    // the payload in the title is text on the screen, not a script element
    expect(await screen.findByRole('heading', { name: '<script>alert(1)</script>心肺复苏' })).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText('黄金四分钟').tagName).toBe('STRONG');
    act(() => vi.advanceTimersByTime(10_000));
    expect(await screen.findByRole('heading', { name: '台风来临前的准备' })).toBeTruthy();
  });

  it('keeps showing the last content it got when the network fails', async () => {
    let online = true;
    mockApi({
      'GET /api/v1/public/screens/rugao-square/playlist': () => (online ? { body: playlist([item(1, '电动自行车火灾的预防')]) } : { status: 503, body: {} }),
    });
    renderScreen();
    expect(await screen.findByRole('heading', { name: '电动自行车火灾的预防' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(playlistStorageKey('rugao-square')) ?? '{}').items[0].title).toBe('电动自行车火灾的预防');
    online = false;
    act(() => vi.advanceTimersByTime(POLL_MS));
    expect(await screen.findByText('网络中断，正在播放最近获取的内容')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '电动自行车火灾的预防' })).toBeTruthy();
  });

  it('starts from the stored playlist when it comes up without a network', async () => {
    localStorage.setItem(playlistStorageKey('rugao-square'), JSON.stringify(playlist([item(7, '燃气泄漏怎么办')])));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    renderScreen();
    expect(await screen.findByRole('heading', { name: '燃气泄漏怎么办' })).toBeTruthy();
    expect(await screen.findByText('网络中断，正在播放最近获取的内容')).toBeTruthy();
  });
});
