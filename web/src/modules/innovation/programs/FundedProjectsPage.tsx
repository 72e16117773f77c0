import { Button, Flex, InputNumber, Statistic } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FilterSelect, ListPage, RowActions, type TListColumn, readListQuery, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { PLATFORM_LEVELS, type TPlatformLevel, oneOf } from '../portal/api';
import { LevelTag, formatWan, levelLabel } from '../labels';
import { PROJECT_STATUSES, type TFundedProject, type TFundedProjectQuery, deleteFundedProject, int, listFundedProjects, programKeys } from './api';
import { FundedProjectFormDrawer } from './FundedProjectFormDrawer';
import { ProjectStatusTag } from './tags';

const SORTS = ['year', 'name', 'amount', 'createdAt'] as const;

export function readProjectQuery(params: URLSearchParams): TFundedProjectQuery {
  const year = int(params.get('year'));
  return {
    ...readListQuery(params, SORTS),
    programme: params.get('programme')?.trim() || undefined,
    level: oneOf(PLATFORM_LEVELS, params.get('level')),
    year: year && year >= 1990 && year <= 2100 ? year : undefined,
    status: oneOf(PROJECT_STATUSES, params.get('status')),
  };
}

/** 立项项目: funded projects (科创江苏 …) by programme, level, year and status, with the amount in total. */
export default function FundedProjectsPage() {
  const t = useT();
  const { can } = useAuth();
  const canWrite = can('projects:write');
  const state = useListPage({ read: readProjectQuery, queryKey: programKeys.projectList, fetch: listFundedProjects });
  const { query, update, list } = state;
  const [editing, setEditing] = useState<TFundedProject | null | undefined>(undefined);

  const remove = useDeleteRow(state, { mutationFn: (p: TFundedProject) => deleteFundedProject(p.id), invalidate: programKeys.projects });

  const none = t('common.none');
  const columns: TListColumn<TFundedProject>[] = [
    {
      title: t('projects.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: state.sortOrder('name'),
      width: 260,
      render: (name: string, p) => (
        <span>
          {canWrite ? <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setEditing(p)}>{name}</Button> : name}
          {p.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    {
      title: t('projects.amount'),
      dataIndex: 'amount',
      key: 'amount',
      sorter: true,
      sortOrder: state.sortOrder('amount'),
      align: 'right',
      width: 140,
      render: (v: number | null) => (v == null ? none : formatWan(v)),
    },
    { title: t('projects.programme'), dataIndex: 'programme', key: 'programme', ellipsis: true, width: 180 },
    { title: t('kc.level'), dataIndex: 'level', key: 'level', width: 90, render: (l: TPlatformLevel) => <LevelTag level={l} /> },
    {
      title: t('projects.year'),
      dataIndex: 'year',
      key: 'year',
      sorter: true,
      // The server's default order is the newest year first.
      sortOrder: state.sortOrder('year', '-year'),
      sortDirections: ['descend', 'ascend'],
      width: 100,
    },
    {
      title: t('projects.leadUnit'),
      key: 'leadUnit',
      ellipsis: true,
      width: 220,
      render: (_, p) => p.enterprise?.name ?? p.leadUnit ?? none,
    },
    { title: t('projects.status'), dataIndex: 'status', key: 'status', width: 100, render: (s) => <ProjectStatusTag status={s} /> },
    { title: t('projects.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            width: 110,
            render: (_: unknown, p: TFundedProject) => (
              <RowActions onEdit={() => setEditing(p)} onDelete={() => remove.mutateAsync(p)} deleteConfirm={t('projects.deleteConfirm', { name: p.name })} />
            ),
          },
        ]
      : []),
  ];

  const totals = list.data?.totals;

  return (
    <ListPage<TFundedProject>
      title={t('projects.pageTitle')}
      tableId="funded-projects"
      state={state}
      columns={columns}
      searchPlaceholder={t('projects.searchPlaceholder')}
      create={canWrite ? { label: t('projects.new'), onClick: () => setEditing(null) } : undefined}
      extra={
        totals ? (
          <Flex gap={32}>
            <Statistic title={t('projects.totalProjects')} value={totals.projects} styles={{ content: { fontSize: 18 } }} />
            <Statistic title={t('projects.totalAmount')} value={totals.amount} precision={2} suffix={t('demand.wan')} styles={{ content: { fontSize: 18 } }} />
          </Flex>
        ) : null
      }
      filters={
        <>
          <InputNumber
            placeholder={t('projects.year')}
            aria-label={t('projects.year')}
            min={1990}
            max={2100}
            precision={0}
            value={query.year}
            onChange={(v) => update({ year: v ?? undefined })}
            style={{ width: 110 }}
          />
          <FilterSelect
            state={state}
            name="level"
            placeholder={t('kc.level')}
            options={PLATFORM_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))}
            width={110}
          />
          <FilterSelect
            state={state}
            name="status"
            placeholder={t('projects.status')}
            options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projects.status.${s}`) }))}
            width={120}
          />
          <OrgTreeSelect lazy placeholder={t('projects.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 200 }} />
        </>
      }
    >
      <FundedProjectFormDrawer open={editing !== undefined} project={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
    </ListPage>
  );
}
