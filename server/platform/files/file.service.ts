import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../audit/audit.service.js';
import { type TActor, assertCan, inScope } from '../auth/policy.js';
import { forbidden, notFound } from '../errors.js';
import type { FileStore } from './file-store.js';
import { deleteFileRow, findFileById, insertFileRow, type TFileRow } from './file.repo.js';
import { detectAllowedType } from './file-type-check.js';
import type { TUpload } from './upload.js';

const ENTITY = 'file';

export interface TFileOut {
  id: string;
  name: string;
  mime: string;
  size: number;
}

export const presentFile = (f: TFileRow): TFileOut => ({ id: f.id, name: f.name, mime: f.mime, size: f.size });

/** Staff who manage their subtree's records may remove anyone's attachment there. */
const isStaff = (actor: TActor) => actor.roles.some((r) => r === 'admin' || r === 'city_staff' || r === 'district_staff');

/**
 * Stores an attachment for the actor's org: the type is decided by the content, the bytes go to the
 * FileStore, the metadata (sha256, size, detected mime) and the audit row to the database.
 * @throws AppError FORBIDDEN, FILE_EMPTY, FILE_TYPE_NOT_ALLOWED
 */
export async function uploadFile(db: Db, store: FileStore, actor: TActor, upload: TUpload): Promise<TFileOut> {
  assertCan(actor, 'files:write');
  const mime = await detectAllowedType(upload.buffer, upload.fileName);
  const id = randomUUID();
  const sha256 = createHash('sha256').update(upload.buffer).digest('hex');
  await store.put(id, upload.buffer);
  try {
    const row = await db.transaction(async (tx) => {
      const row = await insertFileRow(tx, {
        id,
        orgId: actor.orgId,
        ownerId: actor.userId,
        name: upload.fileName,
        mime,
        size: upload.buffer.length,
        sha256,
        storageKey: id,
      });
      await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'upload', orgId: actor.orgId, after: { ...presentFile(row), sha256 } });
      return row;
    });
    return presentFile(row);
  } catch (err) {
    await store.delete(id).catch(() => {});
    throw err;
  }
}

/** @throws AppError NOT_FOUND (also outside the actor's subtree) */
async function fileInScope(db: Db, actor: TActor, id: string) {
  const file = await findFileById(db, id);
  if (!file || !inScope(actor, file.orgPath)) throw notFound('文件', 'File');
  return file;
}

/**
 * An attachment's metadata and bytes, for users whose subtree holds the file's org.
 * @throws AppError NOT_FOUND
 */
export async function readFile(db: Db, store: FileStore, actor: TActor, id: string): Promise<{ file: TFileRow; bytes: Buffer }> {
  const file = await fileInScope(db, actor, id);
  try {
    return { file, bytes: await store.get(file.storageKey) };
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw notFound('文件', 'File');
    throw err;
  }
}

/**
 * Removes an attachment: its uploader, or staff whose subtree holds it. The bytes go after the commit.
 * @throws AppError NOT_FOUND, FORBIDDEN
 */
export async function deleteFile(db: Db, store: FileStore, actor: TActor, id: string): Promise<void> {
  const file = await fileInScope(db, actor, id);
  if (file.ownerId !== actor.userId && !isStaff(actor)) throw forbidden('只有上传者或管理人员可以删除该文件', 'Only the uploader or staff may delete this file');
  const { orgPath: _path, ...before } = file;
  await db.transaction(async (tx) => {
    await deleteFileRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: file.orgId, before });
  });
  await store.delete(file.storageKey).catch(() => {}); // an orphaned blob is harmless; a lost row is not
}
