import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, InputNumber, Popconfirm, Select, Space, Statistic, Table, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DemoTag } from '../../people/PersonTags';
import { PLATFORM_LEVELS, type TPlatformLevel, oneOf } from '../portal/api';
import { LevelTag, formatWan, levelLabel } from '../portal/labels';
import { PROJECT_STATUSES, type TFundedProject, type TFundedProjectQuery, deleteFundedProject, int, listFundedProjects, programKeys, readPaging } from './api';
import { sortFrom, sortOrderOf, useListParams } from './common';
import { FundedProjectFormDrawer } from './FundedProjectFormDrawer';
import { ProjectStatusTag } from './tags';

const SORTS = ['year', 'name', 'amount', 'createdAt'] as const;

export function readProjectQuery(params: URLSearchParams): TFundedProjectQuery {
  const year = int(params.get('year'));
  return {
    ...readPaging(params, SORTS),
    programme: params.get('programme')?.trim() || undefined,
    level: oneOf(PLATFORM_LEVELS, params.get('level')),
    year: year && year >= 1990 && year <= 2100 ? year : undefined,
    status: oneOf(PROJECT_STATUSES, params.get('status')),
  };
}

/** 立项项目: funded projects (科创江苏 …) by programme, level, year and status, with the amount in total. */
export default function FundedProjectsPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can } = useAuth();
  const canWrite = can('projects:write');
  const { params, update, clear } = useListParams();
  const query = useMemo(() => readProjectQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [editing, setEditing] = useState<TFundedProject | null | undefined>(undefined);

  const list = useQuery({
    queryKey: programKeys.projectList(query),
    queryFn: ({ signal }) => listFundedProjects(query, signal),
    placeholderData: keepPreviousData,
  });

  const remove = useMutation({
    mutationFn: (p: TFundedProject) => deleteFundedProject(p.id),
    onSuccess: () => {
      message.success(t('common.deleted'));
      qc.invalidateQueries({ queryKey: programKeys.projects });
    },
    onError: (err) => showError(err),
  });

  const none = t('common.none');
  const columns: TableProps<TFundedProject>['columns'] = [
    {
      title: t('projects.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'name'),
      fixed: 'left',
      width: 280,
      render: (name: string, p) => (
        <span>
          {canWrite ? <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setEditing(p)}>{name}</Button> : name}
          {p.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('projects.programme'), dataIndex: 'programme', key: 'programme', ellipsis: true, width: 190 },
    { title: t('kc.level'), dataIndex: 'level', key: 'level', width: 90, render: (l: TPlatformLevel) => <LevelTag level={l} /> },
    {
      title: t('projects.year'),
      dataIndex: 'year',
      key: 'year',
      sorter: true,
      // The server's default order is the newest year first.
      sortOrder: sortOrderOf(query.sort ?? '-year', 'year'),
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
    {
      title: t('projects.amount'),
      dataIndex: 'amount',
      key: 'amount',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'amount'),
      align: 'right',
      width: 140,
      render: (v: number | null) => (v == null ? none : formatWan(v)),
    },
    { title: t('projects.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            width: 110,
            render: (_: unknown, p: TFundedProject) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(p)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('projects.deleteConfirm', { name: p.name })}
                  okText={t('common.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutateAsync(p)}
                >
                  <Button type="link" size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const onTableChange: TableProps<TFundedProject>['onChange'] = (pagination, _f, sorter, extra) => {
    const patch: Record<string, string | number | undefined> = { sort: sortFrom(sorter) };
    if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
    update(patch);
  };
  const hasFilters = !!(query.q || query.orgId || query.programme || query.level || query.year || query.status);
  const totals = list.data?.totals;

  return (
    <Card
      variant="borderless"
      title={t('projects.pageTitle')}
      extra={
        totals ? (
          <Flex gap={32}>
            <Statistic title={t('projects.totalProjects')} value={totals.projects} styles={{ content: { fontSize: 18 } }} />
            <Statistic title={t('projects.totalAmount')} value={totals.amount} precision={2} suffix={t('kc.wan')} styles={{ content: { fontSize: 18 } }} />
          </Flex>
        ) : null
      }
      styles={{ header: { paddingBlock: 8 } }}
    >
      <Flex vertical gap={12}>
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('projects.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 260 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
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
            <Select
              allowClear
              placeholder={t('kc.level')}
              aria-label={t('kc.level')}
              value={query.level}
              onChange={(level) => update({ level })}
              options={PLATFORM_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))}
              style={{ width: 110 }}
            />
            <Select
              allowClear
              placeholder={t('projects.status')}
              aria-label={t('projects.status')}
              value={query.status}
              onChange={(status) => update({ status })}
              options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projects.status.${s}`) }))}
              style={{ width: 120 }}
            />
            <OrgTreeSelect placeholder={t('projects.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 200 }} />
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
              {t('projects.new')}
            </Button>
          ) : null}
        </Flex>

        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<TFundedProject>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 1400 }}
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

      <FundedProjectFormDrawer open={editing !== undefined} project={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
    </Card>
  );
}
