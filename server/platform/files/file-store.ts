import fs from 'node:fs/promises';
import path from 'node:path';

/** Where attachment bytes live. The local directory is the default; an object store can implement this. */
export interface FileStore {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-f0-9-]{8,64}(\/[a-f0-9-]{1,64})*$/;

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    if (!SAFE_KEY.test(key)) throw new Error(`unsafe storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer) {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  }

  get(key: string) {
    return fs.readFile(this.pathOf(key));
  }

  async delete(key: string) {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

/** In memory, for tests and in-memory databases. */
export class MemoryFileStore implements FileStore {
  private readonly map = new Map<string, Buffer>();
  async put(key: string, data: Buffer) {
    this.map.set(key, data);
  }
  async get(key: string) {
    const b = this.map.get(key);
    if (!b) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
    return b;
  }
  async delete(key: string) {
    this.map.delete(key);
  }
}
