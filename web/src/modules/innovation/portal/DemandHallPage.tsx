import { CalendarOutlined, ClusterOutlined, ShopOutlined, WalletOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { CardListPage, useListPage } from '../../../app/list';
import { DEMAND_CATEGORIES, DEMAND_HALL_VIEWS, type TPublicDemand, listPublicDemands, portalKeys, readDemandQuery } from './api';
import { ClusterSelect } from './ClusterSelect';
import { CategoryTag, DemandPhaseTag, budgetText, categoryLabel } from '../labels';
import { PageHeading } from './PageHeading';

const PAGE_SIZE = 12;
const readHallQuery = (params: URLSearchParams) => readDemandQuery(params, PAGE_SIZE);

/**
 * 需求大厅: the public technical demands of enterprises, searchable (jieba on the server). Open ones by
 * default and first; the closed ones (deadline past, signed, solved) only under the 已结束 filter, each marked.
 * `view` (open/closed/all) is a filter in the URL like the others: the hall has no detail drawer.
 */
export default function DemandHallPage() {
  const t = useT();
  const state = useListPage({ read: readHallQuery, queryKey: portalKeys.demands, fetch: listPublicDemands, recordParam: null });
  const { query, update } = state;
  const view = query.view ?? 'open';
  return (
    <CardListPage<TPublicDemand>
      heading={<PageHeading title={t('kc.portal.demands')} subtitle={t('kc.hall.subtitle')} />}
      state={state}
      search={{ placeholder: t('kc.hall.searchPlaceholder'), label: t('kc.hall.search') }}
      filters={
        <>
          <Flex wrap gap={4} align="center" role="group" aria-label={t('demand.category')}>
            <Typography.Text type="secondary" style={{ marginInlineEnd: 4 }}>
              {t('demand.category')}:
            </Typography.Text>
            <Tag.CheckableTag checked={!query.category} onChange={() => update({ category: undefined })}>
              {t('kc.all')}
            </Tag.CheckableTag>
            {DEMAND_CATEGORIES.map((c) => (
              <Tag.CheckableTag key={c} checked={query.category === c} onChange={(on) => update({ category: on ? c : undefined })}>
                {categoryLabel(t, c)}
              </Tag.CheckableTag>
            ))}
          </Flex>
          <Flex wrap gap={4} align="center" role="group" aria-label={t('kc.hall.view')}>
            <Typography.Text type="secondary" style={{ marginInlineEnd: 4 }}>
              {t('kc.hall.view')}:
            </Typography.Text>
            {DEMAND_HALL_VIEWS.map((v) => (
              <Tag.CheckableTag key={v} checked={view === v} onChange={() => update({ view: v === 'open' ? undefined : v })}>
                {t(`kc.hall.view.${v}`)}
              </Tag.CheckableTag>
            ))}
          </Flex>
          <ClusterSelect value={query.cluster} onChange={(cluster) => update({ cluster })} placeholder={t('kc.hall.allClusters')} style={{ width: 200 }} />
        </>
      }
      foundText={(total) => `${t('kc.hall.found', { total })}${view === 'closed' ? ` · ${t('kc.hall.closedHint')}` : ''}`}
      emptyText={t('kc.hall.empty')}
      noMatchText={t('kc.hall.noMatch')}
      col={{ xs: 24, md: 12 }}
      renderItem={(d) => <DemandCard demand={d} />}
    />
  );
}

/** One demand in the hall: what it is, whose, how much, until when. */
export function DemandCard({ demand: d }: { demand: TPublicDemand }) {
  const t = useT();
  const none = t('common.none');
  return (
    <Card variant="borderless" hoverable style={{ height: '100%', ...(d.isOpen || d.phase === 'docking' ? {} : { opacity: 0.75 }) }} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 10, height: '100%' } }}>
      <Flex gap={8} align="flex-start" justify="space-between">
        <Typography.Title level={5} style={{ margin: 0 }}>
          <Link to={`/portal/demands/${d.id}`}>{d.title}</Link>
        </Typography.Title>
        <DemandPhaseTag phase={d.phase} />
      </Flex>
      <Flex wrap gap={4}>
        <CategoryTag category={d.category} />
        {d.cluster ? (
          <Tag icon={<ClusterOutlined aria-hidden />} variant="outlined">
            {d.cluster}
          </Tag>
        ) : null}
      </Flex>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
        {d.description}
      </Typography.Paragraph>
      <Flex wrap gap="4px 20px" style={{ marginTop: 'auto', fontSize: 13 }}>
        <span>
          <ShopOutlined aria-hidden /> <Typography.Text type="secondary">{t('kc.enterprise')}:</Typography.Text> {d.enterpriseName}
        </span>
        <span>
          <WalletOutlined aria-hidden /> <Typography.Text type="secondary">{t('demand.budget')}:</Typography.Text>{' '}
          <Typography.Text strong style={{ color: '#d4380d' }}>
            {budgetText(t, d.budgetMin, d.budgetMax, { negotiable: true })}
          </Typography.Text>
        </span>
        <span>
          <CalendarOutlined aria-hidden /> <Typography.Text type="secondary">{t('kc.deadline')}:</Typography.Text> {d.deadline ?? none}
        </span>
      </Flex>
    </Card>
  );
}
