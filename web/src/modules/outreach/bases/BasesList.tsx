import { Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { RecordLink } from '../../../app/components/RecordLink';
import { useT } from '../../../app/i18n';
import { FilterSelect, ListPage, RowActions, readListQuery, type TListColumn, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import {
  BASE_CATEGORIES,
  BASE_KINDS,
  BASE_LEVELS,
  BASE_STATUSES,
  BASES_URL,
  baseKeys,
  deleteBase,
  listBases,
  oneOf,
  REVIEW_DUE_MONTHS,
  type TBase,
  type TBaseQuery,
} from './api';
import { BaseDetailDrawer } from './BaseDetailDrawer';
import { BaseFormDrawer } from './BaseFormDrawer';
import { DistrictSelect } from './DistrictSelect';
import { categoryLabel, KindTag, kindLabel, LevelTag, levelLabel, StatusTag, statusLabel } from './labels';

const SORTS = ['name', 'recognizedOn', 'validUntil', 'createdAt', 'updatedAt'] as const;
const MONTHS = [3, 6, 12, 24] as const;

const int = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

export function readBaseQuery(params: URLSearchParams, reviewDue = false): TBaseQuery {
  const months = int(params.get('months'));
  return {
    ...readListQuery(params, SORTS),
    kind: oneOf(BASE_KINDS, params.get('kind')),
    level: oneOf(BASE_LEVELS, params.get('level')),
    category: oneOf(BASE_CATEGORIES, params.get('category')),
    status: oneOf(BASE_STATUSES, params.get('status')),
    districtId: int(params.get('districtId')),
    ...(reviewDue ? { reviewDue: '1' as const, months: months && months <= 60 ? months : REVIEW_DUE_MONTHS } : {}),
  };
}

const readAll = (p: URLSearchParams) => readBaseQuery(p, false);
const readDue = (p: URLSearchParams) => readBaseQuery(p, true);

/**
 * The 科普阵地 registry table: filters by kind, level, category, state, district and org; counts by kind;
 * create, import, export; the detail drawer with the moves and 流转记录. `reviewDue`: the 到期复核 view
 * (recognized bases whose validity ends within N months, soonest first).
 */
export function BasesList({ reviewDue = false }: { reviewDue?: boolean }) {
  const t = useT();
  const { can } = useAuth();
  const canWrite = can('bases:write');
  const state = useListPage({
    read: reviewDue ? readDue : readAll,
    queryKey: baseKeys.list,
    fetch: listBases,
    exportUrl: `${BASES_URL}/export`,
  });
  const { query, update, list, viewId } = state;
  const [editing, setEditing] = useState<TBase | null | undefined>(undefined);
  const remove = useDeleteRow(state, { mutationFn: (b: TBase) => deleteBase(b.id), invalidate: baseKeys.all });
  const none = t('common.none');

  const columns: TListColumn<TBase>[] = [
    {
      title: t('base.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: state.sortOrder('name'),
      width: 260,
      render: (name: string, b) => (
        <span>
          <RecordLink view={b.id} onOpen={() => state.openView(b.id)}>
            {name}
          </RecordLink>
          {b.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('base.kind'), dataIndex: 'kind', key: 'kind', width: 170, render: (k: TBase['kind']) => <KindTag kind={k} /> },
    { title: t('base.level'), dataIndex: 'level', key: 'level', width: 90, render: (l: TBase['level']) => <LevelTag level={l} /> },
    { title: t('base.status'), dataIndex: 'status', key: 'status', width: 90, render: (s: TBase['status']) => <StatusTag status={s} /> },
    { title: t('base.district'), dataIndex: 'districtName', key: 'districtName', width: 150, ellipsis: true, render: (v) => v || none },
    {
      title: t('base.validUntil'),
      dataIndex: 'validUntil',
      key: 'validUntil',
      sorter: true,
      sortOrder: state.sortOrder('validUntil', reviewDue ? 'validUntil' : undefined),
      width: 160,
      render: (v: string | null, b) =>
        v ? (
          <span>
            {v}
            {b.isExpired ? (
              <Tag color="error" style={{ marginInlineStart: 6 }}>
                {t('base.expired')}
              </Tag>
            ) : b.reviewDue ? (
              <Tag color="warning" style={{ marginInlineStart: 6 }}>
                {t('base.reviewDue')}
              </Tag>
            ) : null}
          </span>
        ) : (
          none
        ),
    },
    { title: t('base.recognizedOn'), dataIndex: 'recognizedOn', key: 'recognizedOn', sorter: true, sortOrder: state.sortOrder('recognizedOn'), width: 120, render: (v) => v ?? none },
    { title: t('base.category'), dataIndex: 'category', key: 'category', width: 120, render: (c: TBase['category']) => (c ? categoryLabel(t, c) : none) },
    { title: t('base.hostUnit'), dataIndex: 'hostUnit', key: 'hostUnit', width: 200, ellipsis: true, render: (v) => v || none },
    { title: t('base.contactName'), dataIndex: 'contactName', key: 'contactName', width: 100, render: (v) => v || none },
    { title: t('base.contactPhone'), dataIndex: 'contactPhone', key: 'contactPhone', width: 130, render: (v) => v || none },
    { title: t('base.org'), dataIndex: 'orgName', key: 'orgName', width: 180, ellipsis: true },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, b) => (
        <RowActions
          onView={() => state.openView(b.id)}
          onEdit={b.canEdit ? () => setEditing(b) : undefined}
          onDelete={b.canEdit ? () => remove.mutateAsync(b) : undefined}
          deleteConfirm={t('base.deleteConfirm', { name: b.name })}
        />
      ),
    },
  ];

  const byKind = list.data?.totals.byKind ?? {};
  const title = reviewDue ? t('base.reviewDue.title') : t('base.pageTitle');

  return (
    <ListPage<TBase>
      title={title}
      tableId={reviewDue ? 'bases-review-due' : 'bases'}
      state={state}
      columns={columns}
      defaultHidden={['category', 'hostUnit', 'contactName', 'contactPhone']}
      searchPlaceholder={t('base.searchPlaceholder')}
      create={canWrite && !reviewDue ? { label: t('base.new'), onClick: () => setEditing(null) } : undefined}
      importer={canWrite && !reviewDue ? { entityLabel: t('base.pageTitle'), templateUrl: `${BASES_URL}/import/template`, uploadUrl: `${BASES_URL}/import` } : undefined}
      exportName={title}
      emptyText={reviewDue ? t('base.reviewDue.empty') : undefined}
      header={
        reviewDue ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('base.reviewDue.subtitle', { months: query.months ?? REVIEW_DUE_MONTHS })}
          </Typography.Paragraph>
        ) : null
      }
      beforeTable={
        list.data ? (
          <Flex wrap gap={6} aria-label={t('base.byKind')}>
            {BASE_KINDS.filter((k) => byKind[k]).map((k) => (
              <Tag
                key={k}
                variant="outlined"
                style={{ cursor: 'pointer' }}
                onClick={() => update({ kind: query.kind === k ? undefined : k })}
                color={query.kind === k ? 'blue' : undefined}
              >
                {kindLabel(t, k)} {byKind[k]}
              </Tag>
            ))}
          </Flex>
        ) : null
      }
      rowClassName={(b) => (b.status === 'cancelled' ? 'kx-row-muted' : '')}
      filters={
        <>
          {reviewDue ? (
            <Select<number>
              aria-label={t('base.reviewDue.months')}
              value={query.months}
              onChange={(months) => update({ months })}
              options={MONTHS.map((n) => ({ value: n, label: t('base.reviewDue.monthsOption', { n }) }))}
              style={{ width: 120 }}
            />
          ) : null}
          <FilterSelect state={state} name="kind" placeholder={t('base.kind')} options={BASE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} width={180} />
          <FilterSelect state={state} name="level" placeholder={t('base.level')} options={BASE_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} width={100} />
          <FilterSelect
            state={state}
            name="category"
            placeholder={t('base.category')}
            options={BASE_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
            width={130}
          />
          {reviewDue ? null : (
            <FilterSelect state={state} name="status" placeholder={t('base.status')} options={BASE_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))} width={100} />
          )}
          <DistrictSelect placeholder={t('base.district')} value={query.districtId} onChange={(districtId) => update({ districtId })} style={{ width: 150 }} />
          <OrgTreeSelect lazy placeholder={t('base.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 200 }} />
        </>
      }
    >
      <BaseFormDrawer open={editing !== undefined} base={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <BaseDetailDrawer baseId={viewId} initial={state.viewRow} onClose={() => state.closeView()} onEdit={(b) => setEditing(b)} onDelete={(b) => remove.mutate(b)} />
    </ListPage>
  );
}
