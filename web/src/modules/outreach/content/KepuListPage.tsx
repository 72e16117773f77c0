import { PlayCircleOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Input, Pagination, Row, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { PageHeading } from '../../innovation/portal/PageHeading';
import { contentKeys, listPublicColumns, listPublicContents } from './api';

const PAGE_SIZE = 12;

/** 科普园地 (portal): published articles and videos, by column, with search; a column's own page at kepu/columns/:columnId. */
export default function KepuListPage() {
  const t = useT();
  const errorText = useErrorText();
  const { columnId: columnParam } = useParams();
  const [params, setParams] = useSearchParams();
  const columnId = Number(columnParam ?? params.get('column')) || undefined;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { q: q || undefined, columnId, page, pageSize: PAGE_SIZE };
  const columns = useQuery({ queryKey: contentKeys.publicColumns, queryFn: listPublicColumns, staleTime: 5 * 60_000 });
  const list = useQuery({
    queryKey: contentKeys.publicList(query),
    queryFn: ({ signal }) => listPublicContents(query, signal),
    placeholderData: keepPreviousData,
  });
  const column = columns.data?.items.find((c) => c.id === columnId);
  const set = (patch: Record<string, string | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v);
      else next.delete(k);
      if (!('page' in patch)) next.delete('page');
      return next;
    });

  return (
    <Flex vertical gap={16}>
      <PageHeading title={column ? column.name : t('content.portal.title')} subtitle={column?.description ?? t('content.portal.subtitle')} />
      <Flex wrap gap={8} aria-label={t('content.column')}>
        <Link to="/portal/kepu">
          <Tag color={columnId ? undefined : 'blue'} style={{ fontSize: 14, padding: '4px 10px' }}>
            {t('content.portal.all')}
          </Tag>
        </Link>
        {columns.data?.items.map((c) => (
          <Link key={c.id} to={`/portal/kepu/columns/${c.id}`}>
            <Tag color={c.id === columnId ? 'blue' : undefined} style={{ fontSize: 14, padding: '4px 10px' }}>
              {c.name} {c.contentCount}
            </Tag>
          </Link>
        ))}
      </Flex>
      <Input.Search
        size="large"
        allowClear
        defaultValue={q}
        placeholder={t('content.portal.search')}
        aria-label={t('content.portal.search')}
        onSearch={(v) => set({ q: v.trim() || undefined })}
        style={{ maxWidth: 560 }}
      />
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      {list.isLoading ? (
        <Skeleton active />
      ) : list.data?.items.length ? (
        <>
          <Typography.Text type="secondary">{t('content.portal.count', { n: list.data.total })}</Typography.Text>
          <Row gutter={[16, 16]}>
            {list.data.items.map((c) => (
              <Col key={c.id} xs={24} md={12} lg={8}>
                <Card
                  hoverable
                  style={{ height: '100%' }}
                  cover={c.coverUrl || c.posterUrl ? <img alt="" src={c.coverUrl ?? c.posterUrl ?? ''} style={{ height: 180, objectFit: 'cover' }} /> : undefined}
                >
                  <Flex vertical gap={8}>
                    <Link to={`/portal/kepu/${c.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
                      {c.kind === 'video' ? <PlayCircleOutlined aria-label={t('content.kind.video')} style={{ marginInlineEnd: 6 }} /> : null}
                      {c.title}
                    </Link>
                    {c.summary ? (
                      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                        {c.summary}
                      </Typography.Paragraph>
                    ) : null}
                    <Flex wrap gap={6} align="center">
                      {c.columnName ? <Tag color="geekblue">{c.columnName}</Tag> : null}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {[c.author, c.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </Flex>
                  </Flex>
                </Card>
              </Col>
            ))}
          </Row>
          <Pagination
            align="center"
            current={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            showSizeChanger={false}
            onChange={(p) => set({ page: p > 1 ? String(p) : undefined })}
          />
        </>
      ) : (
        <Empty description={t('content.portal.empty')} />
      )}
    </Flex>
  );
}
