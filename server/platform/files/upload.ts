import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from '../errors.js';

export interface TUpload {
  /** The client's file name, reduced to its last path segment, without control characters. */
  fileName: string;
  /** What the client claimed; never trusted for the type (sniff the bytes). */
  clientMime: string;
  buffer: Buffer;
}

const fileRequired = () =>
  badRequest('FILE_REQUIRED', '请选择要上传的文件（multipart/form-data，字段名 file）', 'Send the file as multipart/form-data in the field "file"');

/** Keeps the last path segment of a client file name, without control characters, at most 200 characters. */
export function cleanFileName(raw: string | undefined, fallback = 'file'): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const clean = last
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/^\.+/, '');
  if (clean === '' || !clean.isWellFormed()) return fallback;
  return [...clean].length > 200 ? [...clean].slice(-200).join('') : clean;
}

/**
 * Reads the one file of a multipart request (field `file`) into memory, refusing it as soon as it
 * passes `maxBytes`.
 * @throws AppError FILE_REQUIRED (400), FILE_TOO_LARGE (413)
 */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<TUpload> {
  if (!req.isMultipart()) throw fileRequired();
  const tooLarge = () =>
    new AppError(
      413,
      'FILE_TOO_LARGE',
      `文件过大，最大 ${Math.floor(maxBytes / 1024 / 1024)} MB`,
      `The file is too large (at most ${Math.floor(maxBytes / 1024 / 1024)} MB)`,
    );
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 20 } });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw fileRequired();
    throw badRequest('FILE_UPLOAD_FAILED', '上传失败，请重试', 'The upload failed: try again');
  }
  if (part?.fieldname !== 'file') throw fileRequired();
  let buffer: Buffer;
  try {
    buffer = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw badRequest('FILE_UPLOAD_FAILED', '上传中断，请重试', 'The upload was interrupted: try again');
  }
  return { fileName: cleanFileName(part.filename), clientMime: part.mimetype, buffer };
}
