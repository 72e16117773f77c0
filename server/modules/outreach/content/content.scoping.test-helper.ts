import { multipartFile } from '../../../platform/files/multipart.test-helper.js';
import type { TFixture } from '../../../test/scoping.fixture.js';
import type { TScopingContext } from '../../../test/scoping.fixture.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** Scoping fixtures of this sub-domain's routes with a record id (see server/test/scoping.api.test.ts). */
export async function contentScopingFixtures({ t, rugaoStaff, rugaoId }: TScopingContext): Promise<Record<string, TFixture>> {
  let n = 0;
  const post = async (url: string, payload: Record<string, unknown>) => {
    const r = await t.as(rugaoStaff, { method: 'POST', url, payload });
    if (r.statusCode !== 201) throw new Error(`${url}: ${r.body}`);
    return r.json() as { id: number | string; code?: string };
  };
  const makeContent = async (payload: Record<string, unknown> = {}) =>
    String((await post('/api/v1/contents', { kind: 'article', title: `如皋科普文章${++n}`, body: '<p>正文</p>', orgId: rugaoId, ...payload })).id);
  const makePending = async () => {
    const id = await makeContent();
    await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/contents/${id}/transitions`, payload: { to: 'pending' } });
    return id;
  };
  const makePublished = async () => {
    const id = await makePending();
    await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/contents/${id}/publish`, payload: { channels: ['portal'] } });
    return id;
  };
  const makeColumn = async () => String((await post('/api/v1/content-columns', { name: `如皋栏目${++n}`, orgId: rugaoId })).id);
  const makeScreen = async (isActive = true) => post('/api/v1/content-screens', { code: `rugao-screen-${++n}`, name: `如皋大屏${n}`, orgId: rugaoId, isActive });
  return {
    '/api/v1/contents/{id}': { make: () => makeContent(), body: { summary: '改摘要' } },
    '/api/v1/contents/{id}/transitions': { make: () => makeContent(), body: { to: 'pending' } },
    '/api/v1/contents/{id}/publish': { make: makePending, body: { channels: ['portal'] } },
    '/api/v1/contents/{id}/withdraw': { make: makePublished, body: { channels: ['portal'] } },
    '/api/v1/contents/{id}/wechat': { make: () => makeContent() },
    '/api/v1/content-columns/{id}': { make: makeColumn, body: { description: '改' }, readableCityWide: true },
    '/api/v1/content-screens/{id}': { make: async () => String((await makeScreen()).id), body: { name: '改名' } },
    // public channels: a draft, a switched-off screen and an upload of a draft stay hidden from everyone
    '/api/v1/public/contents/{id}': { make: () => makeContent(), hiddenFromPublic: true },
    '/api/v1/public/screens/{code}/playlist': { make: async () => String((await makeScreen(false)).code), hiddenFromPublic: true },
    '/api/v1/public/content-files/{id}': {
      hiddenFromPublic: true,
      make: async () => {
        const file = (await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/files', ...multipartFile('a.png', PNG) })).json();
        await makeContent({ body: `<img src="/api/v1/files/${file.id}">` });
        return String(file.id);
      },
    },
  };
}
