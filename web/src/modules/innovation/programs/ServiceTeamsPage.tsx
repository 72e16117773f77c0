import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Space, Table, type TableProps, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DemoTag } from '../../people/PersonTags';
import { ClusterSelect } from '../portal/ClusterSelect';
import { type TServiceTeam, type TServiceTeamQuery, deleteServiceTeam, listServiceTeams, programKeys, readPaging } from './api';
import { NameTags, sortFrom, sortOrderOf, useListParams } from './common';
import { ServiceTeamDetailDrawer } from './ServiceTeamDetailDrawer';
import { ServiceTeamFormDrawer } from './ServiceTeamFormDrawer';
import { RecordLink } from '../../../app/components/RecordLink';

const SORTS = ['name', 'createdAt', 'updatedAt'] as const;

export function readTeamQuery(params: URLSearchParams): TServiceTeamQuery {
  return { ...readPaging(params, SORTS), cluster: params.get('cluster')?.trim() || undefined };
}

/** 专家服务团: teams of experts serving a cluster's enterprises, with their visit logs. */
export default function ServiceTeamsPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can, me } = useAuth();
  const canWrite = can('teams:write');
  // An expert account sees only the teams it leads or serves in.
  const onlyOwn = !canWrite && !!me?.roles.includes('expert') && !me.roles.includes('leader');
  const { params, update, clear } = useListParams();
  const query = useMemo(() => readTeamQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [editing, setEditing] = useState<TServiceTeam | null | undefined>(undefined);

  const list = useQuery({
    queryKey: programKeys.teamList(query),
    queryFn: ({ signal }) => listServiceTeams(query, signal),
    placeholderData: keepPreviousData,
  });
  const viewId = Number(params.get('view')) || null;

  const remove = useMutation({
    mutationFn: (x: TServiceTeam) => deleteServiceTeam(x.id),
    onSuccess: (_, x) => {
      message.success(t('common.deleted'));
      if (viewId === x.id) update({ view: null });
      qc.invalidateQueries({ queryKey: programKeys.teams });
    },
    onError: (err) => showError(err),
  });

  const none = t('common.none');
  const columns: TableProps<TServiceTeam>['columns'] = [
    {
      title: t('teams.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'name'),
      fixed: 'left',
      width: 220,
      render: (name: string, x) => (
        <span>
          <RecordLink view={x.id} onOpen={() => update({ view: x.id })}>{name}</RecordLink>
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
        <Space size={0}>
          <Button type="link" size="small" onClick={() => update({ view: x.id })}>
            {t('common.view')}
          </Button>
          {canWrite ? (
            <>
              <Button type="link" size="small" onClick={() => setEditing(x)}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('teams.deleteConfirm', { name: x.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(x)}
              >
                <Button type="link" size="small" danger>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </>
          ) : null}
        </Space>
      ),
    },
  ];

  const onTableChange: TableProps<TServiceTeam>['onChange'] = (pagination, _f, sorter, extra) => {
    const patch: Record<string, string | number | undefined> = { sort: sortFrom(sorter) };
    if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
    update(patch);
  };
  const hasFilters = !!(query.q || query.orgId || query.cluster);

  return (
    <Card variant="borderless" title={t('teams.pageTitle')}>
      <Flex vertical gap={12}>
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('teams.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 260 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            <ClusterSelect value={query.cluster} onChange={(cluster) => update({ cluster })} placeholder={t('kc.cluster')} style={{ width: 180 }} />
            <OrgTreeSelect placeholder={t('teams.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
            {hasFilters ? (
              <Button
                onClick={() => {
                  setSearchText('');
                  clear();
                }}
              >
                {t('kc.clearFilters')}
              </Button>
            ) : null}
          </Flex>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
              {t('teams.new')}
            </Button>
          ) : null}
        </Flex>

        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<TServiceTeam>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 1490 }}
          locale={onlyOwn && !hasFilters ? { emptyText: t('teams.emptyOwn') } : undefined}
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

      <ServiceTeamFormDrawer open={editing !== undefined} team={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <ServiceTeamDetailDrawer
        teamId={viewId}
        initial={list.data?.items.find((x) => x.id === viewId)}
        canWrite={canWrite}
        onClose={() => update({ view: null })}
        onEdit={(x) => setEditing(x)}
        onDelete={(x) => remove.mutate(x)}
      />
    </Card>
  );
}
