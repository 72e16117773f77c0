import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file in the field `file` (for app.inject in API tests). */
export function multipartFile(fileName: string, content: Buffer | string, mime = 'application/octet-stream', field = 'file') {
  const boundary = `----kexie${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${mime}\r\n\r\n`, 'utf8'),
    Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
