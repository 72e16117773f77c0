import { isUtf8 } from 'node:buffer';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, badRequest } from '../errors.js';

export type TSpreadsheet = { kind: 'xlsx'; buffer: Buffer } | { kind: 'csv'; text: string };

/** Unpacked size an .xlsx may claim before we refuse to open it (a small ZIP can inflate to gigabytes). */
export const XLSX_UNPACKED_MAX = 100 * 1024 * 1024; // a 50 000-row registry sheet unpacks to ~20 MB

const fileTypeError = (detail?: { zh: string; en: string }) =>
  badRequest(
    'IMPORT_FILE_TYPE',
    `不支持的文件类型${detail ? `（${detail.zh}）` : ''}，请上传 .xlsx 或 UTF-8 编码的 .csv 文件`,
    `Unsupported file type${detail ? ` (${detail.en})` : ''}: upload an .xlsx or a UTF-8 .csv file`,
  );

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters mark binary data
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/;

/** Text of a CSV: UTF-8 (BOM optional) or, as Excel in Chinese Windows saves it, GB18030/GBK. */
function decodeCsv(buffer: Buffer): string | null {
  if (isUtf8(buffer)) {
    const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
    return BINARY_CONTROL.test(text) ? null : text;
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(buffer);
    return BINARY_CONTROL.test(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * Entry names and the sum of their uncompressed sizes, from a ZIP's central directory; null when the
 * directory cannot be read (or uses ZIP64, which no spreadsheet of ours needs).
 */
export function readZipDirectory(buf: Buffer): { names: string[]; unpacked: number } | null {
  const EOCD = 0x06054b50;
  const from = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) !== EOCD) continue;
    const entries = buf.readUInt16LE(i + 10);
    const cdSize = buf.readUInt32LE(i + 12);
    let p = buf.readUInt32LE(i + 16);
    if (entries === 0xffff || cdSize === 0xffffffff || p === 0xffffffff || p + cdSize > buf.length) return null;
    let unpacked = 0;
    const names: string[] = [];
    for (let n = 0; n < entries; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
      const size = buf.readUInt32LE(p + 24);
      if (size === 0xffffffff) return null;
      unpacked += size;
      const nameLength = buf.readUInt16LE(p + 28);
      names.push(buf.toString('utf8', p + 46, p + 46 + nameLength));
      p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    return { names, unpacked };
  }
  return null;
}

/**
 * Decides by content (never by the name) whether an upload is an .xlsx workbook or a CSV text.
 * @throws AppError IMPORT_FILE_EMPTY, IMPORT_FILE_TYPE, IMPORT_FILE_TOO_LARGE (inflates too much)
 */
export async function sniffSpreadsheet(buffer: Buffer): Promise<TSpreadsheet> {
  if (buffer.length === 0) throw badRequest('IMPORT_FILE_EMPTY', '文件是空的', 'The file is empty');
  const type = await fileTypeFromBuffer(buffer);
  if (type?.ext === 'xlsx' || type?.ext === 'zip') {
    const dir = readZipDirectory(buffer);
    // some tools write entries in an order file-type does not recognise: look for the workbook part
    if (type.ext === 'zip' && !dir?.names.includes('xl/workbook.xml')) throw fileTypeError({ zh: '检测到 zip 文件', en: 'detected zip' });
    if (dir === null) throw badRequest('IMPORT_FILE_INVALID', '文件已损坏，无法读取', 'The workbook is damaged and cannot be read');
    if (dir.unpacked > XLSX_UNPACKED_MAX)
      throw new AppError(413, 'IMPORT_FILE_TOO_LARGE', '表格内容过大，请拆分成多个文件导入', 'The workbook is too large: split it into several files');
    return { kind: 'xlsx', buffer };
  }
  if (type?.ext === 'cfb') throw fileTypeError({ zh: '旧版 .xls 格式，请在 Excel 中另存为 .xlsx', en: 'legacy .xls: save it as .xlsx' });
  if (type) throw fileTypeError({ zh: `检测到 ${type.ext} 文件`, en: `detected ${type.ext}` });
  const text = decodeCsv(buffer);
  if (text === null) throw fileTypeError();
  return { kind: 'csv', text };
}
