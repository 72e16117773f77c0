import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TContent } from './api';
import ContentsPage from './ContentsPage';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const content = (patch: Partial<TContent> = {}): TContent => ({
  id: 9,
  kind: 'article',
  title: '电动自行车火灾的预防与逃生',
  summary: '不要进楼入户充电',
  body: '<h2>要点</h2><p><strong>不要</strong>在楼道充电</p>',
  coverUrl: null,
  images: [],
  videoUrl: null,
  posterUrl: null,
  author: '市消防救援支队',
  source: null,
  tags: ['消防'],
  targetGroups: ['workers'],
  columnId: 2,
  columnName: '应急科普',
  orgId: 1,
  orgName: '南通市科学技术协会',
  status: 'pending',
  returnReason: null,
  submittedAt: '2026-11-01T00:00:00Z',
  publishedAt: null,
  channels: [],
  publications: [],
  history: [],
  allowed: ['draft'],
  canPublish: true,
  canEdit: true,
  isDemo: false,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  ...patch,
});

const WECHAT = '<section style="x"><h2 style="font-size:20px">要点</h2><img src="http://kexie.example/api/v1/public/content-files/a" style="max-width:100%"></section>';

/** The open modal titled `title` (antd gives every dialog the same test id, so the name cannot be used). */
const modal = (title: string) =>
  waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-modal')].find((m) => m.querySelector('.ant-modal-title')?.textContent === title);
    if (!found) throw new Error(`no modal ${title}`);
    return found;
  });

function renderPage(c: TContent) {
  setSessionCookie();
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles: ['city_staff'] } }),
    'GET /api/v1/content-columns': () => ({ body: { items: [{ id: 2, name: '应急科普', description: null, sortOrder: 1, orgId: 1, orgName: '南通市科协', contentCount: 3, isDemo: false, canEdit: true }], total: 1 } }),
    'GET /api/v1/content-screens': () => ({
      body: {
        items: [{ id: 4, code: 'rugao-square', name: '如皋市民广场', location: null, columnIds: [], columnNames: [], rotateSeconds: 20, isActive: true, orgId: 1, orgName: 'x', pinnedCount: 0, isDemo: false, kioskPath: '/screen/rugao-square' }],
        total: 1,
      },
    }),
    'GET /api/v1/contents': () => ({ body: { items: [c], total: 1 } }),
    [`GET /api/v1/contents/${c.id}`]: () => ({ body: c }),
    [`POST /api/v1/contents/${c.id}/publish`]: () => ({ body: { ...c, status: 'published', channels: ['portal', 'bigscreen'] } }),
    [`GET /api/v1/contents/${c.id}/wechat`]: () => ({ body: { title: c.title, html: WECHAT } }),
  });
}

describe('科普内容 console page', () => {
  it('approves a pending content and publishes it to the portal and a chosen screen', async () => {
    const api = renderPage(content());
    renderApp(<ContentsPage />, { route: '/admin/outreach/contents?view=9' });
    fireEvent.click(await screen.findByRole('button', { name: '通过并发布' }));
    const dialog = await modal('发布到渠道');
    expect((within(dialog).getByRole('checkbox', { name: '门户网站' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '科普大屏' }));
    const select = await within(dialog).findByRole('combobox', { name: '大屏' });
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByTitle('如皋市民广场（rugao-square）'));
    fireEvent.click(within(dialog).getByRole('button', { name: /发布到渠道|发\s*布/ }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.path.endsWith('/publish'))).toBe(true));
    const body = api.calls.find((c) => c.path.endsWith('/publish'))?.body as { channels: string[]; screenIds: number[] };
    expect(body.channels.sort()).toEqual(['bigscreen', 'portal']);
    expect(body.screenIds).toEqual([4]);
  });

  it('copies the WeChat export to the clipboard as rich HTML, and shows it when the browser refuses', async () => {
    const written: Array<Record<string, Blob>> = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {
        written.push(items);
      }
    }
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write } });
    renderPage(content({ status: 'published', allowed: ['offline'], channels: ['portal'] }));
    renderApp(<ContentsPage />, { route: '/admin/outreach/contents?view=9' });
    fireEvent.click(await screen.findByRole('button', { name: /复制到公众号/ }));
    await waitFor(() => expect(write).toHaveBeenCalled());
    expect(await written[0]['text/html'].text()).toBe(WECHAT);
    expect(await written[0]['text/plain'].text()).toBe('要点');
    // refused (no permission): the dialog shows the HTML to copy by hand
    write.mockRejectedValueOnce(new Error('NotAllowedError'));
    fireEvent.click(screen.getByRole('button', { name: /复制到公众号/ }));
    const dialog = await modal('公众号稿');
    await waitFor(() => expect((within(dialog).getByRole('textbox', { name: '公众号 HTML' }) as HTMLTextAreaElement).value).toBe(WECHAT));
  });
});
