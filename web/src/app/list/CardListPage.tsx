import { Alert, Button, Card, Col, type ColProps, Empty, Flex, Input, Pagination, Row, Skeleton, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useErrorText } from '../hooks/useApiError';
import { useT } from '../i18n';
import type { TListPageState, TListQuery } from './useListPage';

export interface TCardListPageProps<R extends { id: number }> {
  /** Above the search card (the page heading). */
  heading?: ReactNode;
  state: TListPageState<TListQuery, R>;
  search: { placeholder: string; label: string };
  /** Filter controls under the search box. */
  filters?: ReactNode;
  /** "共 12 项需求" */
  foundText: (total: number) => string;
  /** Empty list: with and without filters set. */
  emptyText: string;
  noMatchText: string;
  /** Grid cell of one card. */
  col: ColProps;
  /** Placeholders while the first page loads. */
  skeletons?: number;
  skeletonAvatar?: boolean;
  renderItem: (row: R) => ReactNode;
}

/**
 * A public (portal) list of cards: a large search box and filters, the count, the cards, paging; the
 * query lives in the URL like the console lists (`useListPage`).
 */
export function CardListPage<R extends { id: number }>(props: TCardListPageProps<R>) {
  const { state, col } = props;
  const { query, update, clear, list, rows, total, hasFilters } = state;
  const t = useT();
  const errorText = useErrorText();
  const [searchText, setSearchText] = useState(query.q ?? '');
  useEffect(() => setSearchText(query.q ?? ''), [query.q]);

  return (
    <Flex vertical gap={16}>
      {props.heading}
      <Card variant="borderless">
        <Flex vertical gap={12}>
          <Input.Search
            size="large"
            allowClear
            enterButton={t('common.search')}
            placeholder={props.search.placeholder}
            aria-label={props.search.label}
            value={searchText}
            onChange={(e) => {
              setSearchText(e.target.value);
              if (!e.target.value) update({ q: undefined });
            }}
            onSearch={(v) => update({ q: v.trim() || undefined })}
          />
          <Flex wrap gap={12} align="center" justify="space-between">
            {props.filters}
            {hasFilters ? (
              <Space wrap>
                <Button
                  onClick={() => {
                    setSearchText('');
                    clear();
                  }}
                >
                  {t('list.clearFilters')}
                </Button>
              </Space>
            ) : null}
          </Flex>
        </Flex>
      </Card>

      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      {list.data ? (
        <Typography.Text type="secondary" aria-live="polite">
          {props.foundText(total)}
        </Typography.Text>
      ) : null}

      {list.isLoading ? (
        <Row gutter={[16, 16]}>
          {Array.from({ length: props.skeletons ?? 4 }, (_, i) => `placeholder-${i}`).map((key) => (
            <Col key={key} {...col}>
              <Card variant="borderless">
                <Skeleton active avatar={props.skeletonAvatar} />
              </Card>
            </Col>
          ))}
        </Row>
      ) : rows.length === 0 && !list.error ? (
        <Card variant="borderless">
          <Empty description={hasFilters ? props.noMatchText : props.emptyText} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} style={{ opacity: list.isFetching && list.isPlaceholderData ? 0.6 : 1 }}>
          {rows.map((r) => (
            <Col key={r.id} {...col}>
              {props.renderItem(r)}
            </Col>
          ))}
        </Row>
      )}

      {list.data && total > query.pageSize ? (
        <Flex justify="center">
          <Pagination
            current={query.page}
            pageSize={query.pageSize}
            total={total}
            showSizeChanger={false}
            showTotal={(n) => t('common.total', { total: n })}
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
