import { Button, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { FilterSelect, filterIcon, ListPage, type TListColumn, useListPage } from '../../../app/list';
import { DEMAND_CATEGORIES, DEMAND_STATUSES, DEMANDS_URL, demandKeys, listDemands, readDemandQuery, type TDemandSummary } from '../api';
import { allClusters, budgetText, categoryLabel, DemandStatusTag, DemoTag, demandStatusLabel } from '../labels';
import { DemandFormDrawer } from './DemandFormDrawer';

/** 技术需求: demands in the user's scope (enterprise users: their own), filtered and paged on the server. */
export default function DemandsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { can, me } = useAuth();
  const canWrite = can('demands:write');
  const isStaff = can('demands:review');
  const isEnterprise = !!me?.roles.includes('enterprise') && !isStaff;
  const clusters = allClusters(useCityConfig().data?.clusters);
  const state = useListPage({
    read: readDemandQuery,
    queryKey: demandKeys.list,
    fetch: listDemands,
    columnFilters: ['status', 'category', 'cluster', 'confidentiality'],
    exportUrl: `${DEMANDS_URL}/export`,
  });
  const { query, update } = state;
  const [creating, setCreating] = useState(false);

  const icon = filterIcon(t);
  const none = t('common.none');

  const columns: TListColumn<TDemandSummary>[] = [
    {
      title: t('demand.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: state.sortOrder('title'),
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
      filterIcon: icon,
      filteredValue: state.filteredValue('status'),
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
      filterIcon: icon,
      filteredValue: state.filteredValue('category'),
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
      filterIcon: icon,
      filteredValue: state.filteredValue('cluster'),
      render: (c: string | null) => c || none,
    },
    { title: t('demand.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', ellipsis: true, width: 190 },
    { title: t('demand.budget'), key: 'budget', width: 130, render: (_, d) => budgetText(t, d.budgetMin, d.budgetMax) },
    { title: t('demand.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 160 },
    {
      title: t('demand.deadline'),
      dataIndex: 'deadline',
      key: 'deadline',
      sorter: true,
      sortOrder: state.sortOrder('deadline'),
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
      filterIcon: icon,
      filteredValue: state.filteredValue('confidentiality'),
      render: (c: 'public' | 'staff') => (c === 'public' ? t('demand.conf.public') : <Tag color="purple">{t('demand.conf.staff')}</Tag>),
    },
    {
      title: t('demand.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: state.sortOrder('updatedAt'),
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

  const title = isEnterprise ? t('demand.myTitle') : t('demand.pageTitle');
  return (
    <ListPage<TDemandSummary>
      title={title}
      tableId="demands"
      state={state}
      columns={columns}
      searchPlaceholder={t('demand.searchPlaceholder')}
      searchWidth={280}
      create={canWrite ? { label: t('demand.new'), onClick: () => setCreating(true) } : undefined}
      importer={isStaff ? { entityLabel: t('demand.pageTitle'), templateUrl: `${DEMANDS_URL}/import/template`, uploadUrl: `${DEMANDS_URL}/import` } : undefined}
      exportName={title}
      header={isEnterprise ? <Typography.Text type="secondary">{t('demand.enterpriseHint')}</Typography.Text> : undefined}
      filters={
        <>
          <FilterSelect
            state={state}
            name="status"
            placeholder={t('demand.status')}
            label={t('demand.statusFilter')}
            options={DEMAND_STATUSES.map((s) => ({ value: s, label: demandStatusLabel(t, s) }))}
            width={130}
          />
          <FilterSelect
            state={state}
            name="category"
            placeholder={t('demand.category')}
            label={t('demand.categoryFilter')}
            options={DEMAND_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
            width={130}
          />
          <FilterSelect
            state={state}
            name="cluster"
            placeholder={t('demand.cluster')}
            label={t('demand.clusterFilter')}
            options={clusters.map((c) => ({ value: c, label: c }))}
            width={150}
            showSearch
          />
          {isStaff ? (
            <OrgTreeSelect lazy placeholder={t('demand.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
          ) : null}
        </>
      }
    >
      <DemandFormDrawer open={creating} demand={null} onClose={() => setCreating(false)} onSaved={(d) => navigate(`/admin/demands/${d.id}`)} />
    </ListPage>
  );
}
