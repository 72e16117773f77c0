import { Flex, Tag, Typography } from 'antd';
import { RecordLink } from '../../../app/components/RecordLink';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FilterSelect, ListPage, RowActions, type TListColumn, readListQuery, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { oneOf, PLATFORM_KINDS, PLATFORM_LEVELS, type TPlatformKind, type TPlatformLevel } from '../portal/api';
import { LevelTag, levelLabel, platformKindLabel } from '../labels';
import { deletePlatform, listPlatforms, PLATFORM_STATUSES, programKeys, type TPlatform, type TPlatformQuery } from './api';
import { NameTags } from './common';
import { PlatformDetailDrawer } from './PlatformDetailDrawer';
import { PlatformFormDrawer } from './PlatformFormDrawer';
import { PlatformStatusTag, RatingTag } from './tags';

const SORTS = ['name', 'establishedOn', 'validUntil', 'createdAt', 'updatedAt'] as const;

export function readPlatformQuery(params: URLSearchParams): TPlatformQuery {
  return {
    ...readListQuery(params, SORTS),
    kind: oneOf(PLATFORM_KINDS, params.get('kind')),
    level: oneOf(PLATFORM_LEVELS, params.get('level')),
    status: oneOf(PLATFORM_STATUSES, params.get('status')),
  };
}

/** 创新平台: 院士工作站, 院士协同创新中心, 海智基地, 示范站 — registry, validity, yearly assessments. */
export default function PlatformsPage() {
  const t = useT();
  const { can } = useAuth();
  const canWrite = can('platforms:write');
  const state = useListPage({
    read: readPlatformQuery,
    queryKey: programKeys.platformList,
    fetch: listPlatforms,
  });
  const { query, update, list, viewId } = state;
  const [editing, setEditing] = useState<TPlatform | null | undefined>(undefined);

  const remove = useDeleteRow(state, { mutationFn: (p: TPlatform) => deletePlatform(p.id), invalidate: programKeys.platforms });

  const none = t('common.none');
  const columns: TListColumn<TPlatform>[] = [
    {
      title: t('platforms.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: state.sortOrder('name'),
      width: 260,
      render: (name: string, p) => (
        <span>
          <RecordLink view={p.id} onOpen={() => state.openView(p.id)}>{name}</RecordLink>
          {p.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('platforms.kind'), dataIndex: 'kind', key: 'kind', width: 150, render: (k: TPlatformKind) => platformKindLabel(t, k) },
    { title: t('kc.level'), dataIndex: 'level', key: 'level', width: 90, render: (l: TPlatformLevel) => <LevelTag level={l} /> },
    { title: t('platforms.host'), dataIndex: 'hostName', key: 'hostName', ellipsis: true, width: 200, render: (v) => v || none },
    {
      title: t('platforms.academicians'),
      key: 'academicians',
      width: 150,
      render: (_, p) => <NameTags items={[...new Set(p.academicians)].map((a) => ({ id: a, name: a }))} />,
    },
    {
      title: t('platforms.establishedOn'),
      dataIndex: 'establishedOn',
      key: 'establishedOn',
      sorter: true,
      // The server's default order is newest first.
      sortOrder: state.sortOrder('establishedOn', '-establishedOn'),
      sortDirections: ['descend', 'ascend'],
      width: 120,
      render: (v) => v ?? none,
    },
    {
      title: t('platforms.validUntil'),
      dataIndex: 'validUntil',
      key: 'validUntil',
      sorter: true,
      sortOrder: state.sortOrder('validUntil'),
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
        <RowActions
          onView={() => state.openView(p.id)}
          onEdit={canWrite ? () => setEditing(p) : undefined}
          onDelete={canWrite ? () => remove.mutateAsync(p) : undefined}
          deleteConfirm={t('platforms.deleteConfirm', { name: p.name })}
        />
      ),
    },
  ];

  const byKind = list.data?.totals.byKind ?? {};

  return (
    <ListPage<TPlatform>
      title={t('platforms.pageTitle')}
      tableId="platforms"
      state={state}
      columns={columns}
      searchPlaceholder={t('platforms.searchPlaceholder')}
      create={canWrite ? { label: t('platforms.new'), onClick: () => setEditing(null) } : undefined}
      beforeTable={
        list.data ? (
          <Flex wrap gap={6} aria-label={t('platforms.byKind')}>
            {PLATFORM_KINDS.filter((k) => byKind[k]).map((k) => (
              <Tag
                key={k}
                variant="outlined"
                style={{ cursor: 'pointer' }}
                onClick={() => update({ kind: query.kind === k ? undefined : k })}
                color={query.kind === k ? 'blue' : undefined}
              >
                {platformKindLabel(t, k)} {byKind[k]}
              </Tag>
            ))}
          </Flex>
        ) : null
      }
      rowClassName={(p) => (p.status === 'active' ? '' : 'kx-row-muted')}
      filters={
        <>
          <FilterSelect
            state={state}
            name="kind"
            placeholder={t('platforms.kind')}
            options={PLATFORM_KINDS.map((k) => ({ value: k, label: platformKindLabel(t, k) }))}
            width={170}
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
            placeholder={t('platforms.status')}
            options={PLATFORM_STATUSES.map((s) => ({ value: s, label: t(`platforms.status.${s}`) }))}
            width={110}
          />
          <OrgTreeSelect lazy placeholder={t('platforms.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 200 }} />
        </>
      }
    >
      <PlatformFormDrawer open={editing !== undefined} platform={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <PlatformDetailDrawer
        platformId={viewId}
        initial={state.viewRow}
        canWrite={canWrite}
        onClose={() => state.closeView()}
        onEdit={(p) => setEditing(p)}
        onDelete={(p) => remove.mutate(p)}
      />
    </ListPage>
  );
}
