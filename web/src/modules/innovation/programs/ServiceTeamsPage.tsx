import { Tag } from 'antd';
import { RecordLink } from '../../../app/components/RecordLink';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { ListPage, RowActions, type TListColumn, readListQuery, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { ClusterSelect } from '../portal/ClusterSelect';
import { type TServiceTeam, type TServiceTeamQuery, deleteServiceTeam, listServiceTeams, programKeys } from './api';
import { NameTags } from './common';
import { ServiceTeamDetailDrawer } from './ServiceTeamDetailDrawer';
import { ServiceTeamFormDrawer } from './ServiceTeamFormDrawer';

const SORTS = ['name', 'createdAt', 'updatedAt'] as const;

export function readTeamQuery(params: URLSearchParams): TServiceTeamQuery {
  return { ...readListQuery(params, SORTS), cluster: params.get('cluster')?.trim() || undefined };
}

/** 专家服务团: teams of experts serving a cluster's enterprises, with their visit logs. */
export default function ServiceTeamsPage() {
  const t = useT();
  const { can, me } = useAuth();
  const canWrite = can('teams:write');
  // An expert account sees only the teams it leads or serves in.
  const onlyOwn = !canWrite && !!me?.roles.includes('expert') && !me.roles.includes('leader');
  const state = useListPage({
    read: readTeamQuery,
    queryKey: programKeys.teamList,
    fetch: listServiceTeams,
  });
  const { query, update, viewId } = state;
  const [editing, setEditing] = useState<TServiceTeam | null | undefined>(undefined);

  const remove = useDeleteRow(state, { mutationFn: (x: TServiceTeam) => deleteServiceTeam(x.id), invalidate: programKeys.teams });

  const none = t('common.none');
  const columns: TListColumn<TServiceTeam>[] = [
    {
      title: t('teams.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: state.sortOrder('name'),
      width: 220,
      render: (name: string, x) => (
        <span>
          <RecordLink view={x.id} onOpen={() => state.openView(x.id)}>{name}</RecordLink>
          {x.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('kc.cluster'), dataIndex: 'cluster', key: 'cluster', width: 120, render: (v) => (v ? <Tag color="cyan">{v}</Tag> : none) },
    { title: t('teams.lead'), key: 'lead', width: 120, render: (_, x) => x.lead?.name ?? none },
    { title: t('teams.members'), key: 'members', width: 200, render: (_, x) => <NameTags items={x.members} /> },
    { title: t('teams.enterprises'), key: 'enterprises', align: 'right', width: 100, render: (_, x) => x.enterprises.length },
    { title: t('teams.visitCount'), dataIndex: 'visitCount', key: 'visitCount', align: 'right', width: 100 },
    { title: t('teams.problemsSolved'), dataIndex: 'problemsSolved', key: 'problemsSolved', align: 'right', width: 110 },
    { title: t('teams.lastVisitOn'), dataIndex: 'lastVisitOn', key: 'lastVisitOn', width: 120, render: (v) => v ?? none },
    { title: t('teams.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, x) => (
        <RowActions
          onView={() => state.openView(x.id)}
          onEdit={canWrite ? () => setEditing(x) : undefined}
          onDelete={canWrite ? () => remove.mutateAsync(x) : undefined}
          deleteConfirm={t('teams.deleteConfirm', { name: x.name })}
        />
      ),
    },
  ];

  return (
    <ListPage<TServiceTeam>
      title={t('teams.pageTitle')}
      tableId="service-teams"
      state={state}
      columns={columns}
      searchPlaceholder={t('teams.searchPlaceholder')}
      emptyText={onlyOwn ? t('teams.emptyOwn') : undefined}
      create={canWrite ? { label: t('teams.new'), onClick: () => setEditing(null) } : undefined}
      filters={
        <>
          <ClusterSelect value={query.cluster} onChange={(cluster) => update({ cluster })} placeholder={t('kc.cluster')} style={{ width: 180 }} />
          <OrgTreeSelect lazy placeholder={t('teams.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
        </>
      }
    >
      <ServiceTeamFormDrawer open={editing !== undefined} team={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <ServiceTeamDetailDrawer
        teamId={viewId}
        initial={state.viewRow}
        canWrite={canWrite}
        onClose={() => state.closeView()}
        onEdit={(x) => setEditing(x)}
        onDelete={(x) => remove.mutate(x)}
      />
    </ListPage>
  );
}
