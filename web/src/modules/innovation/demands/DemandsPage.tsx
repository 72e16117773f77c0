import { FilterFilled, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Select, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { DEMAND_CATEGORIES, DEMAND_STATUSES, type TDemandQuery, type TDemandSummary, demandKeys, listDemands, readDemandQuery } from '../api';
import { DemandStatusTag, DemoTag, allClusters, budgetText, categoryLabel, demandStatusLabel, sortOrderOf, useUrlQuery } from '../labels';
import { DemandFormDrawer } from './DemandFormDrawer';

/** 技术需求: demands in the user's scope (enterprise users: their own), filtered and paged on the server. */
export default function DemandsPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { can, me } = useAuth();
  const canWrite = can('demands:write');
  const isStaff = can('demands:review');
  const isEnterprise = !!me?.roles.includes('enterprise') && !isStaff;
  const clusters = allClusters(useCityConfig().data?.clusters);
  const { params, update, clear } = useUrlQuery();
  const query = useMemo(() => readDemandQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [creating, setCreating] = useState(false);

  const list = useQuery({
    queryKey: demandKeys.list(query),
    queryFn: ({ signal }) => listDemands(query, signal),
    placeholderData: keepPreviousData,
  });

  const filterIcon = (filtered: boolean) => <FilterFilled aria-label={t('common.filter')} style={{ color: filtered ? '#1556d3' : undefined }} />;
  const none = t('common.none');

  const columns: TableProps<TDemandSummary>['columns'] = [
    {
      title: t('demand.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'title'),
      fixed: 'left',
      width: 280,
      render: (title: string, d) => (
        <span>
          <Link to={`/admin/demands/${d.id}`}>{title}</Link>
          {d.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    {
      title: t('demand.status'),
      dataIndex: 'status',
      key: 'status',
      width: 110,
      filters: DEMAND_STATUSES.map((s) => ({ text: demandStatusLabel(t, s), value: s })),
      filterMultiple: false,
      filterIcon,
      filteredValue: query.status ? [query.status] : null,
      render: (_, d) =>
        d.status === 'returned' && d.returnReason ? (
          <Tooltip title={t('demand.returnReasonIs', { reason: d.returnReason })}>
            <span>
              <DemandStatusTag status={d.status} />
            </span>
          </Tooltip>
        ) : (
          <DemandStatusTag status={d.status} />
        ),
    },
    {
      title: t('demand.category'),
      dataIndex: 'category',
      key: 'category',
      width: 110,
      filters: DEMAND_CATEGORIES.map((c) => ({ text: categoryLabel(t, c), value: c })),
      filterMultiple: false,
      filterIcon,
      filteredValue: query.category ? [query.category] : null,
      render: (c: TDemandSummary['category']) => <Tag color={c === '卡脖子' ? 'magenta' : undefined}>{categoryLabel(t, c)}</Tag>,
    },
    {
      title: t('demand.cluster'),
      dataIndex: 'cluster',
      key: 'cluster',
      width: 130,
      filters: clusters.map((c) => ({ text: c, value: c })),
      filterMultiple: false,
      filterSearch: true,
      filterIcon,
      filteredValue: query.cluster ? [query.cluster] : null,
      render: (c: string | null) => c || none,
    },
    { title: t('demand.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', ellipsis: true, width: 200 },
    { title: t('demand.budget'), key: 'budget', width: 140, render: (_, d) => budgetText(t, d.budgetMin, d.budgetMax) },
    {
      title: t('demand.deadline'),
      dataIndex: 'deadline',
      key: 'deadline',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'deadline'),
      width: 140,
      render: (d: string | null) => d ?? none,
    },
    {
      title: t('demand.confidentiality'),
      dataIndex: 'confidentiality',
      key: 'confidentiality',
      width: 110,
      filters: [
        { text: t('demand.conf.public'), value: 'public' },
        { text: t('demand.conf.staff'), value: 'staff' },
      ],
      filterMultiple: false,
      filterIcon,
      filteredValue: query.confidentiality ? [query.confidentiality] : null,
      render: (c: 'public' | 'staff') => (c === 'public' ? t('demand.conf.public') : <Tag color="purple">{t('demand.conf.staff')}</Tag>),
    },
    { title: t('demand.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 160 },
    {
      title: t('demand.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'updatedAt'),
      width: 150,
      render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 80,
      render: (_, d) => (
        <Button type="link" size="small" onClick={() => navigate(`/admin/demands/${d.id}`)}>
          {t('common.view')}
        </Button>
      ),
    },
  ];

  const onTableChange: TableProps<TDemandSummary>['onChange'] = (pagination, filters, sorter, extra) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TDemandSummary>;
    const first = (k: string) => (filters[k]?.[0] as string | undefined) ?? undefined;
    const sort = s?.order && s.columnKey ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
    const patch: Record<string, string | number | undefined> = {
      status: first('status'),
      category: first('category'),
      cluster: first('cluster'),
      confidentiality: first('confidentiality'),
      sort,
    };
    if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
    update(patch);
  };

  const hasFilters = !!(query.q || query.status || query.category || query.cluster || query.confidentiality || query.orgId || query.enterpriseId || query.mine);

  return (
    <Card variant="borderless" title={isEnterprise ? t('demand.myTitle') : t('demand.pageTitle')}>
      <Flex vertical gap={12}>
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('demand.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 300 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            <Select<TDemandQuery['status']>
              allowClear
              placeholder={t('demand.status')}
              aria-label={t('demand.statusFilter')}
              value={query.status}
              onChange={(status) => update({ status })}
              options={DEMAND_STATUSES.map((s) => ({ value: s, label: demandStatusLabel(t, s) }))}
              style={{ width: 130 }}
            />
            <Select<TDemandQuery['category']>
              allowClear
              placeholder={t('demand.category')}
              aria-label={t('demand.categoryFilter')}
              value={query.category}
              onChange={(category) => update({ category })}
              options={DEMAND_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
              style={{ width: 130 }}
            />
            <Select<string>
              allowClear
              showSearch
              placeholder={t('demand.cluster')}
              aria-label={t('demand.clusterFilter')}
              value={query.cluster}
              onChange={(cluster) => update({ cluster })}
              options={clusters.map((c) => ({ value: c, label: c }))}
              style={{ width: 150 }}
              popupMatchSelectWidth={false}
            />
            {isStaff ? (
              <OrgTreeSelect placeholder={t('demand.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
            ) : null}
            {hasFilters ? (
              <Button
                onClick={() => {
                  setSearchText('');
                  clear();
                }}
              >
                {t('people.clearFilters')}
              </Button>
            ) : null}
          </Flex>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('demand.new')}
            </Button>
          ) : null}
        </Flex>

        {isEnterprise ? <Typography.Text type="secondary">{t('demand.enterpriseHint')}</Typography.Text> : null}
        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<TDemandSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 1610 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Flex>

      <DemandFormDrawer open={creating} demand={null} onClose={() => setCreating(false)} onSaved={(d) => navigate(`/admin/demands/${d.id}`)} />
    </Card>
  );
}
