import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Avatar, Button, Card, Checkbox, Col, Empty, Flex, Input, Pagination, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { type TPublicExpert, type TPublicExpertQuery, listPublicExperts, portalKeys, readExpertQuery } from './api';
import { ClusterSelect } from './ClusterSelect';
import { AcademicianTag } from '../labels';
import { PageHeading } from './PageHeading';

const PAGE_SIZE = 12;
const AVATAR_COLORS = ['#1556d3', '#13a8a8', '#7e4ad6', '#d46b08', '#389e0d', '#c41d7f'];

/** 专家风采: experts who agreed to be shown, professional fields only (never contacts). */
export default function ExpertShowcasePage() {
  const t = useT();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readExpertQuery(params, PAGE_SIZE), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');

  const update = useCallback(
    (patch: Partial<TPublicExpertQuery>) =>
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
    queryKey: portalKeys.experts(query),
    queryFn: ({ signal }) => listPublicExperts(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const filtered = !!(query.q || query.industry || query.academician);

  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('kc.portal.experts')} subtitle={t('kc.experts.subtitle')} />
      <Card variant="borderless">
        <Flex vertical gap={12}>
          <Input.Search
            size="large"
            allowClear
            enterButton={t('common.search')}
            placeholder={t('kc.experts.searchPlaceholder')}
            aria-label={t('kc.experts.search')}
            value={searchText}
            onChange={(e) => {
              setSearchText(e.target.value);
              if (!e.target.value) update({ q: undefined });
            }}
            onSearch={(v) => update({ q: v.trim() || undefined })}
          />
          <Space wrap size={16}>
            <ClusterSelect value={query.industry} onChange={(industry) => update({ industry })} placeholder={t('kc.experts.allIndustries')} style={{ width: 200 }} />
            <Checkbox checked={!!query.academician} onChange={(e) => update({ academician: e.target.checked ? 'true' : undefined })}>
              {t('kc.experts.onlyAcademicians')}
            </Checkbox>
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
      </Card>

      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      {list.data ? (
        <Typography.Text type="secondary" aria-live="polite">
          {t('kc.experts.found', { total: list.data.total })}
        </Typography.Text>
      ) : null}

      {list.isLoading ? (
        <Row gutter={[16, 16]}>
          {[0, 1, 2].map((i) => (
            <Col key={i} xs={24} md={12} lg={8}>
              <Card variant="borderless">
                <Skeleton active avatar />
              </Card>
            </Col>
          ))}
        </Row>
      ) : items.length === 0 && !list.error ? (
        <Card variant="borderless">
          <Empty description={filtered ? t('kc.experts.noMatch') : t('kc.experts.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} style={{ opacity: list.isFetching && list.isPlaceholderData ? 0.6 : 1 }}>
          {items.map((e) => (
            <Col key={e.id} xs={24} md={12} lg={8}>
              <ExpertCard expert={e} />
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

const TAGS_SHOWN = 4;

function TagLine({ label, values, color }: { label: string; values: string[]; color?: string }) {
  if (!values.length) return null;
  const shown = values.slice(0, TAGS_SHOWN);
  return (
    <Flex gap={4} wrap align="baseline">
      <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 56 }}>
        {label}
      </Typography.Text>
      {shown.map((v) => (
        <Tag key={v} color={color} style={{ marginInlineEnd: 0 }}>
          {v}
        </Tag>
      ))}
      {values.length > TAGS_SHOWN ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} title={values.slice(TAGS_SHOWN).join('、')}>
          +{values.length - TAGS_SHOWN}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** One expert: name, title and unit, disciplines, industries, research keywords, a short bio. */
export function ExpertCard({ expert: e }: { expert: TPublicExpert }) {
  const t = useT();
  const color = AVATAR_COLORS[e.id % AVATAR_COLORS.length];
  return (
    <Card variant="borderless" style={{ height: '100%' }} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 10 } }}>
      <Flex gap={12} align="center">
        <Avatar size={52} style={{ background: e.isAcademician ? '#d4a106' : color, flex: 'none', fontSize: 22 }}>
          {[...e.name][0]}
        </Avatar>
        <div style={{ minWidth: 0 }}>
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong style={{ fontSize: 17 }}>
              {e.name}
            </Typography.Text>
            {e.isAcademician ? <AcademicianTag /> : null}
          </Flex>
          <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
            {[e.title, e.unit].filter(Boolean).join(' · ') || t('common.none')}
          </Typography.Text>
        </div>
      </Flex>
      <TagLine label={t('kc.disciplines')} values={e.disciplines} color="blue" />
      <TagLine label={t('kc.industries')} values={e.industries} color="cyan" />
      {e.keywords.length ? (
        <Typography.Paragraph style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 2 }}>
          <Typography.Text type="secondary">{t('kc.keywords')}:</Typography.Text> {e.keywords.join('、')}
        </Typography.Paragraph>
      ) : null}
      {e.bio ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 3, tooltip: e.bio }}>
          {e.bio}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
