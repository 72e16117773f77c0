import { BankOutlined, CalendarOutlined, UserOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Pagination, Row, Segmented, Skeleton, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import {
  PLATFORM_KINDS,
  PLATFORM_LEVELS,
  PUBLIC_PAGE_SIZE_MAX,
  type TPlatformKind,
  type TPlatformLevel,
  type TPublicPlatform,
  listPublicPlatforms,
  oneOf,
  portalKeys,
} from './api';
import { LevelTag, levelLabel, platformKindLabel } from '../labels';
import { PageHeading } from './PageHeading';

const SECTION_PAGE_SIZE = 24;

/** 创新平台: active 院士工作站, 院士协同创新中心, 海智基地 and 示范站, grouped by kind, with level tags. */
export default function PlatformListPage() {
  const t = useT();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const level = oneOf(PLATFORM_LEVELS, params.get('level'));

  // The counts by kind and level come with any list answer and do not depend on its filters.
  const summary = useQuery({
    queryKey: portalKeys.platforms({ page: 1, pageSize: 1 }),
    queryFn: ({ signal }) => listPublicPlatforms({ page: 1, pageSize: 1 }, signal),
    staleTime: 5 * 60_000,
  });
  const counts = summary.data?.counts ?? [];
  const count = (kind?: TPlatformKind, lvl?: TPlatformLevel) =>
    counts.filter((c) => (!kind || c.kind === kind) && (!lvl || c.level === lvl)).reduce((s, c) => s + c.count, 0);
  const kinds = PLATFORM_KINDS.filter((k) => count(k, level) > 0);

  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('kc.portal.platforms')} subtitle={t('kc.platforms.subtitle')} />

      {summary.error ? <Alert type="error" showIcon title={errorText(summary.error)} /> : null}

      <Row gutter={[16, 16]}>
        {PLATFORM_KINDS.map((k) => (
          <Col key={k} xs={12} md={8} lg={{ flex: '20%' }}>
            <Card variant="borderless" style={{ height: '100%' }}>
              <Statistic title={platformKindLabel(t, k)} value={count(k)} loading={summary.isLoading} suffix={t('kc.platforms.unit')} />
              {!summary.isLoading && count(k) > 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {PLATFORM_LEVELS.filter((l) => count(k, l) > 0)
                    .map((l) => `${levelLabel(t, l)} ${count(k, l)}`)
                    .join(' · ')}
                </Typography.Text>
              ) : null}
            </Card>
          </Col>
        ))}
      </Row>

      <Flex align="center" gap={12} wrap>
        <Typography.Text type="secondary">{t('kc.level')}:</Typography.Text>
        <Segmented<TPlatformLevel | 'all'>
          aria-label={t('kc.level')}
          value={level ?? 'all'}
          onChange={(v) =>
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              if (v === 'all') next.delete('level');
              else next.set('level', v);
              return next;
            })
          }
          options={[
            { value: 'all', label: `${t('kc.all')} ${count()}` },
            ...PLATFORM_LEVELS.map((l) => ({ value: l, label: `${levelLabel(t, l)} ${count(undefined, l)}` })),
          ]}
        />
      </Flex>

      {summary.isLoading ? (
        <Card variant="borderless">
          <Skeleton active />
        </Card>
      ) : kinds.length === 0 && !summary.error ? (
        <Card variant="borderless">
          <Empty description={t('kc.platforms.empty')} />
        </Card>
      ) : (
        kinds.map((k) => <KindSection key={`${k}:${level ?? ''}`} kind={k} level={level} total={count(k, level)} />)
      )}
    </Flex>
  );
}

/** The platforms of one kind (national first), paged when there are many. */
function KindSection({ kind, level, total }: { kind: TPlatformKind; level?: TPlatformLevel; total: number }) {
  const t = useT();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const query = useMemo(() => ({ kind, level, page, pageSize: Math.min(SECTION_PAGE_SIZE, PUBLIC_PAGE_SIZE_MAX) }), [kind, level, page]);
  const list = useQuery({
    queryKey: portalKeys.platforms(query),
    queryFn: ({ signal }) => listPublicPlatforms(query, signal),
    placeholderData: keepPreviousData,
  });
  const titleId = `platform-kind-${kind}`;
  return (
    <section aria-labelledby={titleId}>
      <Flex align="baseline" gap={8} style={{ margin: '8px 0 12px' }}>
        <Typography.Title level={4} id={titleId} style={{ margin: 0 }}>
          {platformKindLabel(t, kind)}
        </Typography.Title>
        <Typography.Text type="secondary">{t('kc.platforms.count', { n: total })}</Typography.Text>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      {list.isLoading ? (
        <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          {(list.data?.items ?? []).map((p) => (
            <Col key={p.id} xs={24} md={12} lg={8}>
              <PlatformCard platform={p} />
            </Col>
          ))}
        </Row>
      )}
      {(list.data?.total ?? 0) > query.pageSize ? (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Pagination size="small" current={page} pageSize={query.pageSize} total={list.data?.total ?? 0} onChange={setPage} showSizeChanger={false} />
        </Flex>
      ) : null}
    </section>
  );
}

export function PlatformCard({ platform: p }: { platform: TPublicPlatform }) {
  const t = useT();
  return (
    <Card variant="borderless" size="small" style={{ height: '100%' }} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8, padding: 16 } }}>
      <Flex gap={8} align="flex-start" justify="space-between">
        <Typography.Text strong style={{ fontSize: 15 }}>
          {p.name}
        </Typography.Text>
        <LevelTag level={p.level} />
      </Flex>
      {p.hostName ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <BankOutlined aria-hidden /> {t('platforms.host')}: {p.hostName}
        </Typography.Text>
      ) : null}
      {p.academicians.length ? (
        <Typography.Text style={{ fontSize: 13 }}>
          <UserOutlined aria-hidden /> {t('platforms.academicians')}: {p.academicians.join('、')}
        </Typography.Text>
      ) : null}
      <Flex justify="space-between" gap={8} wrap style={{ marginTop: 'auto', fontSize: 12 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <CalendarOutlined aria-hidden /> {t('kc.platforms.established')}: {p.establishedOn ?? t('common.none')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {p.orgName}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
