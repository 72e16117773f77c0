import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Select, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DemoTag } from '../../people/PersonTags';
import { PLATFORM_KINDS, PLATFORM_LEVELS, type TPlatformKind, type TPlatformLevel, oneOf } from '../portal/api';
import { LevelTag, levelLabel, platformKindLabel } from '../portal/labels';
import { PLATFORM_STATUSES, type TPlatform, type TPlatformQuery, deletePlatform, listPlatforms, programKeys, readPaging } from './api';
import { NameTags, sortFrom, sortOrderOf, useListParams } from './common';
import { PlatformDetailDrawer } from './PlatformDetailDrawer';
import { PlatformFormDrawer } from './PlatformFormDrawer';
import { PlatformStatusTag, RatingTag } from './tags';
import { RecordLink } from '../../../app/components/RecordLink';

const SORTS = ['name', 'establishedOn', 'validUntil', 'createdAt', 'updatedAt'] as const;

export function readPlatformQuery(params: URLSearchParams): TPlatformQuery {
  return {
    ...readPaging(params, SORTS),
    kind: oneOf(PLATFORM_KINDS, params.get('kind')),
    level: oneOf(PLATFORM_LEVELS, params.get('level')),
    status: oneOf(PLATFORM_STATUSES, params.get('status')),
  };
}

/** 创新平台: 院士工作站, 院士协同创新中心, 海智基地, 示范站 — registry, validity, yearly assessments. */
export default function PlatformsPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can } = useAuth();
  const canWrite = can('platforms:write');
  const { params, update, clear } = useListParams();
  const query = useMemo(() => readPlatformQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [editing, setEditing] = useState<TPlatform | null | undefined>(undefined);

  const list = useQuery({
    queryKey: programKeys.platformList(query),
    queryFn: ({ signal }) => listPlatforms(query, signal),
    placeholderData: keepPreviousData,
  });
  const viewId = Number(params.get('view')) || null;

  const remove = useMutation({
    mutationFn: (p: TPlatform) => deletePlatform(p.id),
    onSuccess: (_, p) => {
      message.success(t('common.deleted'));
      if (viewId === p.id) update({ view: null });
      qc.invalidateQueries({ queryKey: programKeys.platforms });
    },
    onError: (err) => showError(err),
  });

  const none = t('common.none');
  const columns: TableProps<TPlatform>['columns'] = [
    {
      title: t('platforms.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'name'),
      fixed: 'left',
      width: 260,
      render: (name: string, p) => (
        <span>
          <RecordLink view={p.id} onOpen={() => update({ view: p.id })}>{name}</RecordLink>
          {p.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('platforms.kind'), dataIndex: 'kind', key: 'kind', width: 150, render: (k: TPlatformKind) => platformKindLabel(t, k) },
    { title: t('kc.level'), dataIndex: 'level', key: 'level', width: 90, render: (l: TPlatformLevel) => <LevelTag level={l} /> },
    { title: t('platforms.host'), dataIndex: 'hostName', key: 'hostName', ellipsis: true, width: 200, render: (v) => v || none },
    { title: t('platforms.academicians'), key: 'academicians', width: 150, render: (_, p) => <NameTags items={[...new Set(p.academicians)].map((a) => ({ id: a, name: a }))} /> },
    {
      title: t('platforms.establishedOn'),
      dataIndex: 'establishedOn',
      key: 'establishedOn',
      sorter: true,
      // The server's default order is newest first.
      sortOrder: sortOrderOf(query.sort ?? '-establishedOn', 'establishedOn'),
      sortDirections: ['descend', 'ascend'],
      width: 120,
      render: (v) => v ?? none,
    },
    {
      title: t('platforms.validUntil'),
      dataIndex: 'validUntil',
      key: 'validUntil',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'validUntil'),
      width: 150,
      render: (v: string | null, p) =>
        v ? (
          <span>
            {v}
            {p.isExpired ? (
              <Tag color="warning" style={{ marginInlineStart: 6 }}>
                {t('platforms.expired')}
              </Tag>
            ) : null}
          </span>
        ) : (
          none
        ),
    },
    {
      title: t('platforms.latestAssessment'),
      key: 'assessment',
      width: 130,
      render: (_, p) => {
        const a = p.assessments[0];
        return a ? (
          <span>
            <Typography.Text type="secondary">{a.year}</Typography.Text> <RatingTag rating={a.rating} />
          </span>
        ) : (
          none
        );
      },
    },
    { title: t('platforms.status'), dataIndex: 'status', key: 'status', width: 90, render: (s) => <PlatformStatusTag status={s} /> },
    { title: t('platforms.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => update({ view: p.id })}>
            {t('common.view')}
          </Button>
          {canWrite ? (
            <>
              <Button type="link" size="small" onClick={() => setEditing(p)}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('platforms.deleteConfirm', { name: p.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(p)}
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

  const onTableChange: TableProps<TPlatform>['onChange'] = (pagination, _f, sorter, extra) => {
    const patch: Record<string, string | number | undefined> = { sort: sortFrom(sorter) };
    if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
    update(patch);
  };
  const hasFilters = !!(query.q || query.orgId || query.kind || query.level || query.status);
  const byKind = list.data?.totals.byKind ?? {};

  return (
    <Card variant="borderless" title={t('platforms.pageTitle')}>
      <Flex vertical gap={12}>
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('platforms.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 260 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            <Select
              allowClear
              placeholder={t('platforms.kind')}
              aria-label={t('platforms.kind')}
              value={query.kind}
              onChange={(kind) => update({ kind })}
              options={PLATFORM_KINDS.map((k) => ({ value: k, label: platformKindLabel(t, k) }))}
              style={{ width: 170 }}
              popupMatchSelectWidth={false}
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
              placeholder={t('platforms.status')}
              aria-label={t('platforms.status')}
              value={query.status}
              onChange={(status) => update({ status })}
              options={PLATFORM_STATUSES.map((s) => ({ value: s, label: t(`platforms.status.${s}`) }))}
              style={{ width: 110 }}
            />
            <OrgTreeSelect placeholder={t('platforms.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 200 }} />
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
              {t('platforms.new')}
            </Button>
          ) : null}
        </Flex>

        {list.data ? (
          <Flex wrap gap={6} aria-label={t('platforms.byKind')}>
            {PLATFORM_KINDS.filter((k) => byKind[k]).map((k) => (
              <Tag key={k} variant="outlined" style={{ cursor: 'pointer' }} onClick={() => update({ kind: query.kind === k ? undefined : k })} color={query.kind === k ? 'blue' : undefined}>
                {platformKindLabel(t, k)} {byKind[k]}
              </Tag>
            ))}
          </Flex>
        ) : null}

        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<TPlatform>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 1660 }}
          rowClassName={(p) => (p.status === 'active' ? '' : 'kx-row-muted')}
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

      <PlatformFormDrawer open={editing !== undefined} platform={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <PlatformDetailDrawer
        platformId={viewId}
        initial={list.data?.items.find((p) => p.id === viewId)}
        canWrite={canWrite}
        onClose={() => update({ view: null })}
        onEdit={(p) => setEditing(p)}
        onDelete={(p) => remove.mutate(p)}
      />
    </Card>
  );
}
