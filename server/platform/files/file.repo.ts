import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { orgs } from '../orgs/org.schema.js';
import { files } from './file.schema.js';

export type TFileRow = typeof files.$inferSelect;

export async function insertFileRow(db: DbOrTx, row: typeof files.$inferInsert): Promise<TFileRow> {
  const [out] = await db.insert(files).values(row).returning();
  return out;
}

/** A file's metadata with its org's path (for the scope check). */
export async function findFileById(db: DbOrTx, id: string): Promise<(TFileRow & { orgPath: string }) | undefined> {
  const [row] = await db
    .select({ file: files, orgPath: orgs.path })
    .from(files)
    .innerJoin(orgs, eq(orgs.id, files.orgId))
    .where(eq(files.id, id));
  return row ? { ...row.file, orgPath: row.orgPath } : undefined;
}

export async function deleteFileRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(files).where(eq(files.id, id));
}
