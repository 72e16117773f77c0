import path from 'node:path';
import { z } from 'zod';

/** Every setting the server reads, validated once at start. */
const ZEnv = z.object({
  HOST: z.string().min(1).default('127.0.0.1').describe('address to listen on'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('port to listen on'),
  KEXIE_DATA_DIR: z.string().min(1).default('./data').describe('embedded database, files and lock live here'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .describe('use a PostgreSQL server instead of the embedded database'),
  KEXIE_DEMO: z.enum(['0', '1']).default('1').describe('seed demo data into an empty database'),
  KEXIE_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  KEXIE_CITY: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a file name under config/cities without .json')
    .default('nantong'),
  KEXIE_CITY_FILE: z.string().optional().describe('path to a city configuration JSON (overrides KEXIE_CITY)'),
  KEXIE_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  KEXIE_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  KEXIE_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(20),
  KEXIE_REMINDER_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30).describe('how often each process looks for due reminders'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type TEnv = z.infer<typeof ZEnv> & { dataDir: string };

export class EnvError extends Error {}

/** Parse settings; throws EnvError with one line per bad value. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`配置错误 / invalid settings:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.KEXIE_DATA_DIR) };
}
