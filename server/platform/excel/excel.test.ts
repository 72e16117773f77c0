import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LIMITS } from '../../../shared/limits.js';
import { parseCsv } from './csv.js';
import type { TRegistryDef } from './excel.types.js';
import { INSTRUCTIONS_SHEET, parseUpload } from './read.js';
import { sniffSpreadsheet } from './sniff.js';
import { validateRows } from './validate.js';
import { buildExport, buildTemplate } from './workbook.js';

type TRow = { name: string; gender?: '男' | '女'; phone?: string; idNumber?: string; joined?: string; score?: number };

const def: TRegistryDef<TRow, TRow, null> = {
  entity: 'sample',
  label: '样例',
  labelEn: 'Sample',
  sheetName: '样例',
  columns: [
    { key: 'name', header: '姓名', headerEn: 'Name', required: true, example: '张三' },
    { key: 'gender', header: '性别', headerEn: 'Gender', values: ['男', '女'] },
    { key: 'phone', header: '手机号', headerEn: 'Phone', text: true },
    { key: 'idNumber', header: '身份证号', headerEn: 'ID number', text: true },
    { key: 'joined', header: '入会日期', headerEn: 'Joined' },
    { key: 'score', header: '分数', headerEn: 'Score', parse: (s) => (/^\d+$/.test(s) ? Number(s) : s) },
  ],
  schema: z.object({
    name: z.string().max(5),
    gender: z.enum(['男', '女']).optional(),
    phone: z.string().regex(/^1\d{10}$/, '手机号格式不正确').optional(),
    idNumber: z.string().optional(),
    joined: z.string().optional(),
    score: z.number().max(100).optional(),
  }),
  loadContext: async () => null,
  toInput: (row) => ({ input: row }),
  naturalKey: (r) => (r.phone ? { key: r.phone, column: 'phone' } : null),
  upsert: async () => ({ inserted: 0, updated: 0, errors: [] }),
};

async function xlsx(rows: unknown[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const parse = async (buf: Buffer) => parseUpload(await sniffSpreadsheet(buf), def);

describe('excel pipeline: reading', () => {
  it('reads numbers as digit strings, rich text, formulas by result, dates, hyperlinks', async () => {
    const buf = await xlsx([
      ['姓名', '手机号', '入会日期', '分数'],
      [{ richText: [{ text: '张' }, { font: { bold: true }, text: '三' }] }, 13812345678, new Date(Date.UTC(2024, 4, 1)), { formula: '40+2', result: 42 }],
      [{ text: '李四', hyperlink: 'mailto:li@example.com' }, 13900001111.0, null, 7],
    ]);
    const sheet = await parse(buf);
    expect(sheet.rows).toEqual([
      { row: 2, cells: { name: '张三', phone: '13812345678', joined: '2024-05-01', score: '42' } },
      { row: 3, cells: { name: '李四', phone: '13900001111', score: '7' } },
    ]);
  });

  it('flags an 18-digit number that Excel stored as a number (precision lost)', async () => {
    const sheet = await parse(await xlsx([['姓名', '身份证号'], ['王五', Number('320602197801011239')]]));
    expect(sheet.rows[0].problems?.idNumber.zh).toContain('15 位');
  });

  it('maps English headers, ignores case, spaces, required markers and unknown columns; skips empty rows', async () => {
    const sheet = await parse(await xlsx([[' NAME ', '备注', '手 机 号*'], ['a', 'ignored', '13812345678'], [], [null, '  ', null], ['b']]));
    expect([...sheet.presentColumns].sort()).toEqual(['name', 'phone']);
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('finds the header below a title row and picks the registry sheet over others', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('其他').addRow(['无关']);
    const ws = wb.addWorksheet('样例');
    ws.addRow(['2024 年样例名单']);
    ws.addRow(['姓名', '性别']);
    ws.addRow(['赵六', '女']);
    const sheet = await parse(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet.headerRow).toBe(2);
    expect(sheet.rows).toEqual([{ row: 3, cells: { name: '赵六', gender: '女' } }]);
  });

  it('names every missing required column in one error', async () => {
    await expect(parse(await xlsx([['性别'], ['男']]))).rejects.toMatchObject({ code: 'IMPORT_MISSING_COLUMNS', messageZh: expect.stringContaining('姓名') });
  });

  it('reads CSV with and without BOM, quotes, CRLF, semicolons and GBK', async () => {
    const text = '姓名,手机号\r\n"张,三",13812345678\r\n"李""四",\r\n';
    for (const buf of [Buffer.from(`\uFEFF${text}`), Buffer.from(text), Buffer.from(text.replace(/,/g, ';').replace('"张;三"', '"张,三"'))]) {
      const sheet = await parse(buf);
      expect(sheet.rows).toEqual([
        { row: 2, cells: { name: '张,三', phone: '13812345678' } },
        { row: 3, cells: { name: '李"四' } },
      ]);
    }
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]); // 姓名\n张三\n in GBK
    expect((await parse(gbk)).rows).toEqual([{ row: 2, cells: { name: '张三' } }]);
  });

  it('refuses more rows than LIMITS.importRowsMax, and too many columns', async () => {
    const many = `姓名\n${'某人\n'.repeat(LIMITS.importRowsMax + 1)}`;
    await expect(parse(Buffer.from(many))).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS' });
    const wide = await xlsx([['姓名', ...Array.from({ length: 600 }, (_, i) => `列${i}`)]]);
    await expect(parse(wide)).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_COLUMNS' });
  });

  it('does not expand a data validation over the whole sheet (it would stall the server)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('样例');
    ws.addRow(['姓名']);
    ws.addRow(['张三']);
    (ws as unknown as { dataValidations: { add(r: string, v: object): void } }).dataValidations.add('A1:XFD1048576', { type: 'list', formulae: ['"a,b"'] });
    expect((await parse(Buffer.from(await wb.xlsx.writeBuffer()))).rows).toHaveLength(1);
  });

  it('parses quoted line breaks in CSV', () => {
    expect(parseCsv('a,b\n"x\ny",z\n')).toEqual([
      ['a', 'b'],
      ['x\ny', 'z'],
    ]);
  });

  it('refuses content that is not a spreadsheet, whatever its name', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    await expect(sniffSpreadsheet(png)).rejects.toMatchObject({ status: 400, code: 'IMPORT_FILE_TYPE' });
    await expect(sniffSpreadsheet(Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]))).rejects.toMatchObject({ code: 'IMPORT_FILE_TYPE' });
    await expect(sniffSpreadsheet(Buffer.alloc(0))).rejects.toMatchObject({ code: 'IMPORT_FILE_EMPTY' });
  });
});

describe('excel pipeline: validation messages', () => {
  it('reports each problem with the Excel row, the Chinese column and a Chinese message', async () => {
    const sheet = await parse(
      await xlsx([
        ['姓名', '性别', '手机号', '分数'],
        ['张三', '男', '13812345678', 50],
        ['张三丰太长了', '男', null, null],
        ['李四', '未知', '123', 'abc'],
        [null, null, null, 101],
        ['王五', '女', '13812345678', 1],
      ]),
    );
    const out = await validateRows(def, sheet, null);
    expect(out.errors).toEqual([
      { row: 3, column: '姓名', message: '长度不能超过 5', messageEn: 'must be at most 5 characters' },
      { row: 4, column: '性别', message: '必须是以下之一：男、女', messageEn: 'must be one of: 男, 女' },
      { row: 4, column: '手机号', message: '手机号格式不正确', messageEn: 'has the wrong format' },
      { row: 4, column: '分数', message: '必须是数字', messageEn: 'must be a number' },
      { row: 5, column: '姓名', message: '不能为空', messageEn: 'is required' },
      { row: 5, column: '分数', message: '不能大于 100', messageEn: 'must be at most 100' },
      { row: 6, column: '手机号', message: '与第 2 行重复（同一手机号）', messageEn: 'duplicates row 2 (same Phone)' },
    ]);
    expect(out.errorCount).toBe(7);
    expect(out.items.map((i) => i.row)).toEqual([2]);
  });
});

describe('excel pipeline: template and export', () => {
  it('builds a template with a bold frozen header, instructions with an example, and drop-downs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(def)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('样例')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['姓名', '性别', '手机号', '身份证号', '入会日期', '分数']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list' });
    const help = wb.getWorksheet(INSTRUCTIONS_SHEET)!;
    const texts = JSON.stringify(help.getSheetValues());
    expect(texts).toContain('必填');
    expect(texts).toContain('张三');
    // importing the untouched template imports nothing
    await expect(parse(await buildTemplate(def))).rejects.toMatchObject({ code: 'IMPORT_EMPTY' });
  });

  it('exports rows under the template headers, which import back unchanged', async () => {
    const buf = await buildExport(def, [
      { name: '张三', gender: '男', phone: '13812345678', idNumber: '320602197801011239', score: 3 },
      { name: '李四', phone: null },
    ]);
    const sheet = await parse(buf);
    expect(sheet.rows).toEqual([
      { row: 2, cells: { name: '张三', gender: '男', phone: '13812345678', idNumber: '320602197801011239', score: '3' } },
      { row: 3, cells: { name: '李四' } },
    ]);
  });
});
