import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TSession, type TTestApp, createTestApp } from '../../test/harness.js';
import { contentDisposition } from './content-disposition.js';
import { multipartFile } from './multipart.test-helper.js';

/** A 1×1 transparent PNG. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082',
  'hex',
);
/** The start of a Linux executable. */
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56), randomBytes(200)]);
/** The start of a Windows executable. */
const EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0', 'latin1'), randomBytes(100)]);

describe('attachments', () => {
  let t: TTestApp;
  let rugaoStaff: TSession;
  let rugaoLiaison: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let pngId: string;

  const upload = (who: TSession, name: string, bytes: Buffer, mime?: string) =>
    t.as(who, { method: 'POST', url: '/api/v1/files', ...multipartFile(name, bytes, mime) });

  beforeAll(async () => {
    t = await createTestApp();
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    rugaoLiaison = await t.userAt('rugao', ['liaison']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
  });
  afterAll(() => t.close());

  it('stores a PNG and gives the same bytes back under its Chinese name', async () => {
    const res = await upload(rugaoLiaison, '现场照片.png', PNG, 'application/pdf');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), name: '现场照片.png', mime: 'image/png', size: PNG.length });
    pngId = res.json().id;
    const down = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/files/${pngId}` });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PNG)).toBe(true);
    expect(down.headers['content-type']).toBe('image/png');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-disposition']).toBe(contentDisposition('现场照片.png'));
    expect(down.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('现场照片.png')}`);
  });

  it('accepts UTF-8 text and refuses executables and random bytes whatever their name', async () => {
    const text = await upload(rugaoStaff, '说明.txt', Buffer.from('第一行\n第二行\n'));
    expect(text.statusCode).toBe(201);
    expect(text.json().mime).toBe('text/plain');
    for (const [name, bytes] of [
      ['报告.pdf', ELF],
      ['报告.pdf', EXE],
      ['报告.pdf', randomBytes(4096)],
      ['a.txt', Buffer.from('text with a NUL\0 byte')],
    ] as const) {
      const res = await upload(rugaoStaff, name, bytes, 'application/pdf');
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect(res.json().error.message).toContain('不支持的文件类型');
    }
  });

  it('refuses a file over the size limit with FILE_TOO_LARGE, and a request without a file', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 1)]);
    const res = await upload(rugaoStaff, 'big.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('FILE_TOO_LARGE');
    const none = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/files', payload: { name: 'x' } });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('FILE_REQUIRED');
    const wrongField = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/files', ...multipartFile('a.png', PNG, 'image/png', 'attachment') });
    expect(wrongField.statusCode).toBe(400);
  });

  it('needs files:write to upload', async () => {
    expect((await upload(leader, 'a.png', PNG)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/files', ...multipartFile('a.png', PNG) })).statusCode).toBe(401);
  });

  it("hides a file from another district's users", async () => {
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/files/${pngId}` })).statusCode).toBe(404);
    expect((await t.as(haianStaff, { method: 'DELETE', url: `/api/v1/files/${pngId}` })).statusCode).toBe(404);
    expect((await t.as(leader, { method: 'GET', url: `/api/v1/files/${pngId}` })).statusCode).toBe(200); // the city sees its subtree
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/files/${crypto.randomUUID()}` })).statusCode).toBe(404);
  });

  it('lets the uploader or staff in scope delete, nobody else; audits upload and delete', async () => {
    const other = await upload(rugaoStaff, '通知.png', PNG);
    const otherId = other.json().id;
    const refused = await t.as(rugaoLiaison, { method: 'DELETE', url: `/api/v1/files/${otherId}` });
    expect(refused.statusCode).toBe(403);
    expect((await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/files/${otherId}` })).statusCode).toBe(204);
    expect((await t.as(rugaoLiaison, { method: 'DELETE', url: `/api/v1/files/${pngId}` })).statusCode).toBe(204);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/files/${pngId}` })).statusCode).toBe(404);
    const audit = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/audit?entity=file&entityId=${pngId}` })).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual(['delete', 'upload']);
    expect(audit.items.find((a: { action: string }) => a.action === 'upload').after).toMatchObject({ name: '现场照片.png', mime: 'image/png', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

describe('content-disposition', () => {
  it('gives an ASCII fallback and the UTF-8 name, without header injection', () => {
    expect(contentDisposition('科技工作者导入模板.xlsx')).toBe(
      `attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent('科技工作者导入模板.xlsx')}`,
    );
    expect(contentDisposition('report "final".pdf')).toBe(`attachment; filename="report _final_.pdf"; filename*=UTF-8''report%20%22final%22.pdf`);
    expect(contentDisposition('a\r\nSet-Cookie: x=1.txt')).not.toMatch(/[\r\n]/);
  });
});
