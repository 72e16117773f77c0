import { CalendarOutlined, ClusterOutlined, ShopOutlined, WalletOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { CardListPage, useListPage } from '../../../app/list';
import { DEMAND_CATEGORIES, type TPublicDemand, listPublicDemands, portalKeys, readDemandQuery } from './api';
import { ClusterSelect } from './ClusterSelect';
import { CategoryTag, DemandStatusTag, categoryLabel, budgetText } from '../labels';
import { PageHeading } from './PageHeading';

const PAGE_SIZE = 12;
const readHallQuery = (params: URLSearchParams) => readDemandQuery(params, PAGE_SIZE);

/** 需求大厅: the public, published technical demands of enterprises, searchable (jieba on the server). */
export default function DemandHallPage() {
  const t = useT();
  const state = useListPage({ read: readHallQuery, queryKey: portalKeys.demands, fetch: listPublicDemands });
  const { query, update } = state;
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
          <ClusterSelect value={query.cluster} onChange={(cluster) => update({ cluster })} placeholder={t('kc.hall.allClusters')} style={{ width: 200 }} />
        </>
      }
      foundText={(total) => t('kc.hall.found', { total })}
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
  // A passed deadline matters while the demand is still open for applications.
  const overdue = d.status === 'published' && d.deadline != null && dayjs(d.deadline).isBefore(dayjs(), 'day');
  return (
    <Card variant="borderless" hoverable style={{ height: '100%' }} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 10, height: '100%' } }}>
      <Flex gap={8} align="flex-start" justify="space-between">
        <Typography.Title level={5} style={{ margin: 0 }}>
          <Link to={`/portal/demands/${d.id}`}>{d.title}</Link>
        </Typography.Title>
        <DemandStatusTag status={d.status} />
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
          {overdue ? (
            <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
              ({t('kc.hall.overdue')})
            </Typography.Text>
          ) : null}
        </span>
      </Flex>
    </Card>
  );
}
