import { isUtf8 } from 'node:buffer';
import { fileTypeFromBuffer } from 'file-type';
import { badRequest } from '../errors.js';

/** Attachment types accepted, by the extension file-type reports for the content. */
export const ALLOWED_FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
};

const notAllowed = (detected?: string) =>
  badRequest(
    'FILE_TYPE_NOT_ALLOWED',
    `不支持的文件类型${detected ? `（实际内容为 ${detected}）` : ''}。可上传 PDF、图片（PNG/JPEG/GIF/WebP）、Word、Excel、PowerPoint（新版格式）、ZIP 或纯文本`,
    `File type not allowed${detected ? ` (content is ${detected})` : ''}: PDF, PNG/JPEG/GIF/WebP, docx, xlsx, pptx, zip or plain text`,
  );

/**
 * The MIME type of an upload, decided by its bytes — the name and the client's claim are ignored, so an
 * executable renamed to .pdf is refused. Plain text counts when it is valid UTF-8 without NUL bytes.
 * @throws AppError FILE_EMPTY, FILE_TYPE_NOT_ALLOWED
 */
export async function detectAllowedType(buffer: Buffer, fileName: string): Promise<string> {
  if (buffer.length === 0) throw badRequest('FILE_EMPTY', '文件是空的', 'The file is empty');
  const type = await fileTypeFromBuffer(buffer);
  if (type) {
    const mime = ALLOWED_FILE_TYPES[type.ext];
    if (!mime) throw notAllowed(type.ext);
    return mime;
  }
  if (isUtf8(buffer) && !buffer.includes(0)) return /\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain';
  throw notAllowed();
}
