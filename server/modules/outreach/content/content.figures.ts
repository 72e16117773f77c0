import { type SQL, sql } from 'drizzle-orm';
import { chinaDate, defineCountFigure } from '../../../platform/figures/figure.define.js';
import type { TFigure } from '../../../platform/figures/figure.types.js';
import { CONTENT_CHANNELS } from './content.schema.js';
import { CONTENT_CHANNEL_LABELS } from './content.types.js';

// 科普内容's figures: content published, content now out on each channel, publications per channel in a
// date range (the seed's 四位一体: 科普大屏、微信公众号、科普栏目、网站), and published content by column.

const col = (key: string, label: string, labelEn: string, expr: SQL) => ({ key, label, labelEn, sql: expr });
const CHANNEL_EN: Record<(typeof CONTENT_CHANNELS)[number], string> = {
  portal: 'the portal website',
  bigscreen: 'big screens',
  wechat: 'WeChat',
  column: 'portal columns',
};

const CONTENTS_FROM = sql`contents c join orgs o on o.id = c.org_id left join content_columns k on k.id = c.column_id`;
const contentColumns = [
  col('id', '编号', 'ID', sql`c.id`),
  col('title', '标题', 'Title', sql`c.title`),
  col('kind', '类型', 'Kind', sql`case c.kind when 'video' then '视频' else '图文' end`),
  col('column', '栏目', 'Column', sql`k.name`),
  col('org', '所属组织', 'Org', sql`o.name`),
  col('status', '状态', 'Status', sql`c.status`),
  col('publishedOn', '发布日期', 'Published on', sql`${chinaDate(sql`c.published_at`)}::text`),
];

const published = defineCountFigure({
  key: 'outreach.content.published',
  label: '科普内容发布数',
  labelEn: 'Science content published',
  unit: '篇',
  unitEn: 'items',
  description: '审核通过并发布的科普文章和视频，按（最近一次）发布日期统计，含此后下线的。',
  descriptionEn: 'Articles and videos approved and published, by their (latest) publication date, including those later taken offline.',
  action: 'outreach:figures',
  from: CONTENTS_FROM,
  orgColumn: sql`c.org_id`,
  dateColumn: chinaDate(sql`c.published_at`),
  where: sql`c.published_at is not null`,
  columns: contentColumns,
  orderBy: { key: 'publishedOn' },
});

const onChannel = CONTENT_CHANNELS.map((ch) =>
  defineCountFigure({
    key: `outreach.content.channel.${ch}`,
    label: `${CONTENT_CHANNEL_LABELS[ch]}在发科普内容数`,
    labelEn: `Content now out on ${CHANNEL_EN[ch]}`,
    unit: '篇',
    unitEn: 'items',
    description: `已发布且当前在${CONTENT_CHANNEL_LABELS[ch]}渠道上的科普内容，按发布日期统计。`,
    descriptionEn: `Published content now out on ${CHANNEL_EN[ch]}, by publication date.`,
    action: 'outreach:figures',
    from: CONTENTS_FROM,
    orgColumn: sql`c.org_id`,
    dateColumn: chinaDate(sql`c.published_at`),
    where: sql`c.status = 'published' and exists (select 1 from content_publications p where p.content_id = c.id and p.channel = ${ch} and p.withdrawn_at is null)`,
    columns: contentColumns,
    orderBy: { key: 'publishedOn' },
  }),
);

const PUBS_FROM = sql`content_publications p join contents c on c.id = p.content_id join orgs o on o.id = c.org_id
  left join content_screens s on s.id = p.screen_id left join content_columns k on k.id = p.column_id`;

const publications = CONTENT_CHANNELS.map((ch) =>
  defineCountFigure({
    key: `outreach.content.publications.${ch}`,
    label: `${CONTENT_CHANNEL_LABELS[ch]}发布次数`,
    labelEn: `Publications on ${CHANNEL_EN[ch]}`,
    unit: '次',
    unitEn: 'publications',
    description: `在${CONTENT_CHANNEL_LABELS[ch]}渠道的发布记录（每块大屏、每个栏目各算一次，含此后撤下的），按发布日期统计。`,
    descriptionEn: `Publication records on ${CHANNEL_EN[ch]} (each screen and each column counts once, including those later taken down), by date.`,
    action: 'outreach:figures',
    from: PUBS_FROM,
    orgColumn: sql`c.org_id`,
    dateColumn: chinaDate(sql`p.published_at`),
    where: sql`p.channel = ${ch}`,
    columns: [
      col('id', '编号', 'ID', sql`p.id`),
      col('title', '标题', 'Title', sql`c.title`),
      col('target', '大屏/栏目', 'Screen / column', sql`coalesce(s.name, k.name)`),
      col('org', '所属组织', 'Org', sql`o.name`),
      col('by', '发布人', 'Published by', sql`p.published_by_name`),
      col('publishedOn', '发布日期', 'Published on', sql`${chinaDate(sql`p.published_at`)}::text`),
      col('withdrawnOn', '撤下日期', 'Taken down on', sql`${chinaDate(sql`p.withdrawn_at`)}::text`),
    ],
    orderBy: { key: 'publishedOn' },
  }),
);

const inColumns = defineCountFigure({
  key: 'outreach.content.by_column',
  label: '科普栏目内容数',
  labelEn: 'Published content in columns',
  unit: '篇',
  unitEn: 'items',
  description: '已发布且归入科普栏目的内容，按发布日期统计；明细列出所属栏目。',
  descriptionEn: 'Published content filed in a column, by publication date; the rows name the column.',
  action: 'outreach:figures',
  from: CONTENTS_FROM,
  orgColumn: sql`c.org_id`,
  dateColumn: chinaDate(sql`c.published_at`),
  where: sql`c.status = 'published' and c.column_id is not null`,
  columns: contentColumns,
  orderBy: { key: 'publishedOn' },
});

export const contentFigures: TFigure[] = [published, ...onChannel, ...publications, inColumns];
