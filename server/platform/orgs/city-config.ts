import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ORG_KINDS } from './org.schema.js';
import { ROLES } from '../../../shared/limits.js';

interface TOrgNode {
  code?: string;
  name: string;
  shortName?: string;
  kind: (typeof ORG_KINDS)[number];
  adcode?: string;
  region?: string;
  children?: TOrgNode[];
}

const ZOrgNode: z.ZodType<TOrgNode> = z.lazy(() =>
  z.object({
    code: z.string().min(1).max(64).optional(),
    name: z.string().min(1).max(100),
    shortName: z.string().min(1).max(50).optional(),
    kind: z.enum(ORG_KINDS),
    adcode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    region: z.string().optional(),
    children: z.array(ZOrgNode).optional(),
  }),
);

export const ZCityConfig = z.object({
  city: z.object({ code: z.string().min(1), name: z.string().min(1), adcode: z.string().regex(/^\d{6}$/) }),
  orgs: ZOrgNode,
  clusters: z.object({ key: z.array(z.string()), emerging: z.array(z.string()), future: z.array(z.string()) }),
  dictionary: z.object({
    titles: z.array(z.string()),
    education: z.array(z.string()),
    disciplines: z.array(z.string()),
    userWords: z.array(z.string()),
  }),
  /** English names of cluster and dictionary values (value → English), for the UI in English. */
  en: z.record(z.string(), z.string()).default({}),
  /** 个人信息保护: which roles may reveal a full phone / ID number (one record at a time, audited). */
  privacy: z.object({ piiRevealRoles: z.array(z.enum(ROLES)) }).optional(),
});
export type TCityConfig = z.infer<typeof ZCityConfig>;
export type { TOrgNode };

const CITIES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../config/cities');

/** Reads and validates a city configuration (config/cities/<name>.json, or an explicit file). */
export function loadCityConfig(opts: { city?: string; file?: string } = {}): TCityConfig {
  const file = opts.file ? path.resolve(opts.file) : path.join(CITIES_DIR, `${opts.city ?? 'nantong'}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`无法读取城市配置 / cannot read city configuration ${file}: ${(err as Error).message}`);
  }
  const parsed = ZCityConfig.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`城市配置有误 / invalid city configuration ${file}:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Flattens the tree depth-first; a node without a code is keyed by its full name (unique in a city). */
export function flattenOrgTree(root: TOrgNode): Array<TOrgNode & { code: string; parentCode: string | null; sortOrder: number }> {
  const out: Array<TOrgNode & { code: string; parentCode: string | null; sortOrder: number }> = [];
  const walk = (node: TOrgNode, parentCode: string | null, sortOrder: number) => {
    const code = node.code ?? node.name;
    out.push({ ...node, code, parentCode, sortOrder });
    for (const [i, c] of (node.children ?? []).entries()) walk(c, code, i);
  };
  walk(root, null, 0);
  return out;
}
