import { CalendarOutlined, ClusterOutlined, ShopOutlined, WalletOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Input, Pagination, Row, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DEMAND_CATEGORIES, type TPublicDemand, type TPublicDemandQuery, listPublicDemands, portalKeys, readDemandQuery } from './api';
import { ClusterSelect } from './ClusterSelect';
import { CategoryTag, DemandStatusTag, categoryLabel, budgetText } from '../labels';
import { PageHeading } from './PageHeading';

const PAGE_SIZE = 12;

/** 需求大厅: the public, published technical demands of enterprises, searchable (jieba on the server). */
export default function DemandHallPage() {
  const t = useT();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readDemandQuery(params, PAGE_SIZE), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');

  const update = useCallback(
    (patch: Partial<TPublicDemandQuery>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      }),
    [setParams],
  );

  const list = useQuery({
    queryKey: portalKeys.demands(query),
    queryFn: ({ signal }) => listPublicDemands(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const filtered = !!(query.q || query.category || query.cluster);

  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('kc.portal.demands')} subtitle={t('kc.hall.subtitle')} />

      <Card variant="borderless">
        <Flex vertical gap={12}>
          <Input.Search
            size="large"
            allowClear
            enterButton={t('common.search')}
            placeholder={t('kc.hall.searchPlaceholder')}
            aria-label={t('kc.hall.search')}
            value={searchText}
            onChange={(e) => {
              setSearchText(e.target.value);
              if (!e.target.value) update({ q: undefined });
            }}
            onSearch={(v) => update({ q: v.trim() || undefined })}
          />
          <Flex wrap gap={12} align="center" justify="space-between">
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
            <Space wrap>
              <ClusterSelect value={query.cluster} onChange={(cluster) => update({ cluster })} placeholder={t('kc.hall.allClusters')} style={{ width: 200 }} />
              {filtered ? (
                <Button
                  onClick={() => {
                    setSearchText('');
                    setParams(new URLSearchParams());
                  }}
                >
                  {t('list.clearFilters')}
                </Button>
              ) : null}
            </Space>
          </Flex>
        </Flex>
      </Card>

      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

      {list.data ? (
        <Typography.Text type="secondary" aria-live="polite">
          {t('kc.hall.found', { total: list.data.total })}
        </Typography.Text>
      ) : null}

      {list.isLoading ? (
        <Row gutter={[16, 16]}>
          {[0, 1, 2, 3].map((i) => (
            <Col key={i} xs={24} md={12}>
              <Card variant="borderless">
                <Skeleton active />
              </Card>
            </Col>
          ))}
        </Row>
      ) : items.length === 0 && !list.error ? (
        <Card variant="borderless">
          <Empty description={filtered ? t('kc.hall.noMatch') : t('kc.hall.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} style={{ opacity: list.isFetching && list.isPlaceholderData ? 0.6 : 1 }}>
          {items.map((d) => (
            <Col key={d.id} xs={24} md={12}>
              <DemandCard demand={d} />
            </Col>
          ))}
        </Row>
      )}

      {list.data && list.data.total > PAGE_SIZE ? (
        <Flex justify="center">
          <Pagination
            current={query.page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            showSizeChanger={false}
            showTotal={(total) => t('common.total', { total })}
            onChange={(page) => {
              update({ page });
              window.scrollTo?.({ top: 0 });
            }}
          />
        </Flex>
      ) : null}
    </Flex>
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
