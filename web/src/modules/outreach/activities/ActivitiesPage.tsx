import { BarChartOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { RecordLink } from '../../../app/components/RecordLink';
import { useI18n } from '../../../app/i18n';
import { FilterSelect, ListPage, RowActions, readListQuery, type TListColumn, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { ActivityDetailDrawer } from './ActivityDetailDrawer';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import {
  ACTIVITIES_URL,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  activityKeys,
  deleteActivity,
  listActivities,
  listActivityDistricts,
  oneOf,
  publicActivityKeys,
  type TActivity,
  type TActivityQuery,
  TARGET_GROUPS,
} from './api';
import { ActivityStatusTag, ActivityTypeTag, groupLabel, OverdueTag, shortOrg, statusLabel, typeLabel } from './labels';

const SORTS = ['startDate', 'title', 'plannedParticipants', 'createdAt', 'updatedAt'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readActivityQuery(params: URLSearchParams): TActivityQuery {
  const date = (k: string) => {
    const v = params.get(k);
    return v && DATE.test(v) ? v : undefined;
  };
  const district = Number(params.get('districtId'));
  return {
    ...readListQuery(params, SORTS),
    status: oneOf(ACTIVITY_STATUSES, params.get('status')),
    type: oneOf(ACTIVITY_TYPES, params.get('type')),
    targetGroup: oneOf(TARGET_GROUPS, params.get('targetGroup')),
    districtId: Number.isInteger(district) && district > 0 ? district : undefined,
    from: date('from'),
    to: date('to'),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
  };
}

/** 科普活动: every org files its activities; staff put them on record (备案); summaries are due after the event. */
export default function ActivitiesPage() {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const canWrite = can('activities:write');
  const state = useListPage({ read: readActivityQuery, queryKey: activityKeys.list, fetch: listActivities, exportUrl: `${ACTIVITIES_URL}/export` });
  const { query, update, viewId } = state;
  const [editing, setEditing] = useState<TActivity | null | undefined>(undefined);
  const remove = useDeleteRow(state, { mutationFn: (a: TActivity) => deleteActivity(a.id), invalidate: activityKeys.all });
  const districts = useQuery({ queryKey: publicActivityKeys.districts, queryFn: listActivityDistricts, staleTime: 10 * 60_000 });
  const none = t('common.none');

  const columns: TListColumn<TActivity>[] = [
    {
      title: t('act.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: state.sortOrder('title'),
      width: 280,
      render: (title: string, a) => (
        <span>
          <RecordLink view={a.id} onOpen={() => state.openView(a.id)}>
            {title}
          </RecordLink>
          {a.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    {
      title: t('act.status'),
      dataIndex: 'status',
      key: 'status',
      width: 130,
      render: (_, a) => (
        <span>
          <ActivityStatusTag status={a.status} />
          {a.isOverdue ? <OverdueTag /> : null}
        </span>
      ),
    },
    { title: t('act.type'), dataIndex: 'type', key: 'type', width: 130, render: (_, a) => <ActivityTypeTag type={a.type} /> },
    {
      title: t('act.startDate'),
      dataIndex: 'startDate',
      key: 'startDate',
      sorter: true,
      sortOrder: state.sortOrder('startDate', '-startDate'),
      sortDirections: ['descend', 'ascend'],
      width: 190,
      render: (_, a) => (a.endDate === a.startDate ? a.startDate : `${a.startDate} ~ ${a.endDate.slice(5)}`),
    },
    { title: t('act.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 190 },
    { title: t('act.district'), dataIndex: 'districtName', key: 'districtName', width: 100, render: (v: string | null) => (v ? shortOrg(v) : t('act.cityLevel')) },
    { title: t('act.venue'), dataIndex: 'venue', key: 'venue', ellipsis: true, width: 180, render: (v) => v || none },
    {
      title: t('act.targetGroups'),
      key: 'targetGroups',
      width: 160,
      render: (_, a) => (a.targetGroups.length ? a.targetGroups.map((g) => groupLabel(g, locale)).join('、') : none),
    },
    {
      title: t('act.participants'),
      dataIndex: 'plannedParticipants',
      key: 'plannedParticipants',
      sorter: true,
      sortOrder: state.sortOrder('plannedParticipants'),
      width: 110,
      align: 'right',
      render: (_, a) =>
        a.actualParticipants != null ? (
          a.actualParticipants
        ) : a.plannedParticipants != null ? (
          <Typography.Text type="secondary" title={t('act.plannedHint')}>
            {a.plannedParticipants}
          </Typography.Text>
        ) : (
          none
        ),
    },
    { title: t('act.summaryDueOn'), dataIndex: 'summaryDueOn', key: 'summaryDueOn', width: 120, render: (v: string, a) => (a.status === 'summarized' ? none : v) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, a) => (
        <RowActions
          onView={() => state.openView(a.id)}
          onEdit={canWrite && (a.status === 'planned' || a.status === 'returned') ? () => setEditing(a) : undefined}
          onDelete={canWrite && (a.status === 'planned' || a.status === 'returned') ? () => remove.mutateAsync(a) : undefined}
          deleteConfirm={t('act.deleteConfirm', { title: a.title })}
        />
      ),
    },
  ];

  return (
    <ListPage<TActivity>
      title={t('act.pageTitle')}
      tableId="outreach-activities"
      state={state}
      columns={columns}
      defaultHidden={['venue', 'summaryDueOn']}
      searchPlaceholder={t('act.searchPlaceholder')}
      create={canWrite ? { label: t('act.new'), onClick: () => setEditing(null) } : undefined}
      importer={canWrite ? { entityLabel: t('act.pageTitle'), templateUrl: `${ACTIVITIES_URL}/import/template`, uploadUrl: `${ACTIVITIES_URL}/import` } : undefined}
      exportName={t('act.pageTitle')}
      actions={
        <Link to="/admin/outreach/activity-totals">
          <Button icon={<BarChartOutlined aria-hidden />}>{t('act.totals')}</Button>
        </Link>
      }
      filters={
        <>
          <FilterSelect
            state={state}
            name="status"
            placeholder={t('act.status')}
            options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: statusLabel(s, locale) }))}
            width={110}
          />
          <FilterSelect state={state} name="type" placeholder={t('act.type')} options={ACTIVITY_TYPES.map((s) => ({ value: s, label: typeLabel(s, locale) }))} width={140} />
          <FilterSelect
            state={state}
            name="targetGroup"
            placeholder={t('act.targetGroup')}
            options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g, locale) }))}
            width={150}
          />
          <Select
            aria-label={t('act.district')}
            placeholder={t('act.district')}
            allowClear
            style={{ width: 130 }}
            value={query.districtId}
            onChange={(v) => update({ districtId: v })}
            options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: shortOrg(d.name) }))}
          />
          <OrgTreeSelect lazy placeholder={t('act.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 190 }} />
          <DatePicker.RangePicker
            aria-label={t('act.dateRange')}
            placeholder={[t('act.dateFrom'), t('act.dateTo')]}
            value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
            allowEmpty={[true, true]}
            onChange={(v) => update({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          />
          <Checkbox checked={query.overdue === 'true'} onChange={(e) => update({ overdue: e.target.checked ? 'true' : undefined })}>
            {t('act.overdueOnly')}
          </Checkbox>
        </>
      }
    >
      <ActivityFormDrawer open={editing !== undefined} activity={editing ?? null} onClose={() => setEditing(undefined)} />
      <ActivityDetailDrawer
        activityId={viewId}
        initial={state.viewRow}
        onClose={() => state.closeView()}
        onEdit={(a) => setEditing(a)}
        onDelete={(a) => remove.mutate(a)}
      />
    </ListPage>
  );
}
