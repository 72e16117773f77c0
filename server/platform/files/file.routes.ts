import { z } from 'zod';
import { assertCan } from '../auth/policy.js';
import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import { contentDisposition } from './content-disposition.js';
import { deleteFile, readFile, uploadFile } from './file.service.js';
import { readUpload } from './upload.js';

const tags = ['files'];
const ZFileId = z.object({ id: z.uuid().describe('file id') });
const ZFileOut = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number() });

/** Attachments: upload (type checked on content), download within scope, delete. */
export function registerFileRoutes(app: TZodApp, { db, files, env }: TAppDeps) {
  const maxBytes = env.KEXIE_MAX_UPLOAD_MB * 1024 * 1024;

  app.post(
    '/api/v1/files',
    {
      schema: {
        tags,
        summary: `上传附件 Upload an attachment (multipart field "file"; PDF, images, docx/xlsx/pptx, zip, UTF-8 text)`,
        consumes: ['multipart/form-data'],
        response: { 201: ZFileOut },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      assertCan(actor, 'files:write'); // before reading the body: a refused user should not upload megabytes
      const upload = await readUpload(req, maxBytes);
      return reply.status(201).send(await uploadFile(db, files, actor, upload));
    },
  );

  app.get(
    '/api/v1/files/:id',
    { schema: { tags, summary: '下载附件 Download an attachment (only within your org subtree)', params: ZFileId } },
    async (req, reply) => {
      const { file, bytes } = await readFile(db, files, requireActor(req), req.params.id);
      const text = file.mime.startsWith('text/');
      return reply
        .header('content-type', text ? `${file.mime}; charset=utf-8` : file.mime)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );

  app.delete(
    '/api/v1/files/:id',
    { schema: { tags, summary: '删除附件 Delete an attachment (uploader or staff in scope)', params: ZFileId } },
    async (req, reply) => {
      await deleteFile(db, files, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
