import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import { ZFigureKeyParam, ZFigureRowsOut, ZFigureRowsQuery, ZFiguresOut, ZFiguresQuery } from './figure.schemas.js';
import { readFigureRows, readFigures } from './figure.service.js';
import type { TFigure } from './figure.types.js';

const tags = ['figures'];

/** 统计指标 the figures registry: numbers per org subtree and date range, each with its drill-down. */
export function registerFigureRoutes(app: TZodApp, { db }: TAppDeps, figures: readonly TFigure[]) {
  const seen = new Set<string>();
  for (const f of figures) {
    if (seen.has(f.key)) throw new Error(`figure ${f.key} registered twice`);
    seen.add(f.key);
  }
  app.get(
    '/api/v1/figures',
    {
      schema: {
        tags,
        summary: '统计指标 Figures for an org subtree and an inclusive date range',
        description:
          '没有 keys 时返回你可查看的全部指标；指定了无权查看的指标 → 403；未知指标 → 400 FIGURE_UNKNOWN；日期无效 → 400 FIGURE_DATE_INVALID / FIGURE_RANGE_INVALID；组织不在你的范围 → 404.',
        querystring: ZFiguresQuery,
        response: { 200: ZFiguresOut },
      },
    },
    async (req) => readFigures(db, requireActor(req), figures, req.query),
  );
  app.get(
    '/api/v1/figures/:key/rows',
    {
      schema: {
        tags,
        summary: '指标明细 The rows a figure counts (same slice), paged',
        description: '未知指标 → 404 FIGURE_NOT_FOUND；无权查看 → 403；total 等于该指标的计数 (for count figures).',
        params: ZFigureKeyParam,
        querystring: ZFigureRowsQuery,
        response: { 200: ZFigureRowsOut },
      },
    },
    async (req) => readFigureRows(db, requireActor(req), figures, req.params.key, req.query),
  );
}
