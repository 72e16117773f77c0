import type { Db } from '../client.js';
import type { TCityConfig } from '../../platform/orgs/city-config.js';

/** Seeds the demo data set into an empty database (placeholder until the demo seeder lands). */
export async function seedDemo(_db: Db, _city: TCityConfig, _opts: { log?: (m: string) => void } = {}): Promise<void> {}
