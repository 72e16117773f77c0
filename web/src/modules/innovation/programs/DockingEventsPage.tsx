import { Card, Col, DatePicker, Row, Statistic } from 'antd';
import { RecordLink } from '../../../app/components/RecordLink';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { ListPage, RowActions, type TListColumn, readListQuery, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { formatWan } from '../labels';
import { type TDockingEvent, type TDockingQuery, type TDockingTotals, deleteDockingEvent, listDockingEvents, programKeys } from './api';
import { NameTags } from './common';
import { DockingEventDetailDrawer } from './DockingEventDetailDrawer';
import { DockingEventFormDrawer } from './DockingEventFormDrawer';

const SORTS = ['date', 'title', 'agreementsSigned', 'contractValue', 'createdAt'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readDockingQuery(params: URLSearchParams): TDockingQuery {
  const day = (k: string) => {
    const v = params.get(k);
    return v && DAY.test(v) ? v : undefined;
  };
  return { ...readListQuery(params, SORTS), from: day('from'), to: day('to') };
}

/** The outcome of the events matching the filters: 对接活动 场次, 签约项目, 合同金额（万元）. */
export function DockingTotals({ totals, loading }: { totals?: TDockingTotals; loading?: boolean }) {
  const t = useT();
  const cards = [
    { key: 'events', title: t('docking.totals.events'), value: totals?.events ?? 0, suffix: t('docking.totals.eventsUnit') },
    { key: 'agreements', title: t('docking.totals.agreements'), value: totals?.agreements ?? 0, suffix: t('docking.totals.agreementsUnit') },
    { key: 'value', title: t('docking.totals.contractValue'), value: totals?.contractValue ?? 0, suffix: t('demand.wan'), precision: 2 },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={8}>
          <Card variant="borderless" style={{ background: '#f7f9fc' }}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} precision={c.precision} loading={loading} groupSeparator="," />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 产学研对接: docking events with their outcomes (agreements signed, contract value), totals over the filters. */
export default function DockingEventsPage() {
  const t = useT();
  const { can } = useAuth();
  const canWrite = can('docking:write');
  const state = useListPage({
    read: readDockingQuery,
    queryKey: programKeys.dockingList,
    fetch: listDockingEvents,
  });
  const { query, update, list, viewId } = state;
  const [editing, setEditing] = useState<TDockingEvent | null | undefined>(undefined);

  const remove = useDeleteRow(state, { mutationFn: (e: TDockingEvent) => deleteDockingEvent(e.id), invalidate: programKeys.docking });

  const none = t('common.none');
  const columns: TListColumn<TDockingEvent>[] = [
    {
      title: t('docking.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: state.sortOrder('title'),
      width: 240,
      render: (title: string, e) => (
        <span>
          <RecordLink view={e.id} onOpen={() => state.openView(e.id)}>{title}</RecordLink>
          {e.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    {
      title: t('docking.date'),
      dataIndex: 'date',
      key: 'date',
      sorter: true,
      // The server's default order is newest first: show it, and let a click turn it to oldest first.
      sortOrder: state.sortOrder('date', '-date'),
      sortDirections: ['descend', 'ascend'],
      width: 120,
    },
    { title: t('docking.experts'), key: 'experts', width: 180, render: (_, e) => <NameTags items={e.experts} /> },
    { title: t('docking.enterprises'), key: 'enterprises', width: 200, render: (_, e) => <NameTags items={e.enterprises} max={1} /> },
    {
      title: t('docking.agreementsSigned'),
      dataIndex: 'agreementsSigned',
      key: 'agreementsSigned',
      sorter: true,
      sortOrder: state.sortOrder('agreementsSigned'),
      align: 'right',
      width: 110,
    },
    {
      title: t('docking.contractValue'),
      dataIndex: 'contractValue',
      key: 'contractValue',
      sorter: true,
      sortOrder: state.sortOrder('contractValue'),
      align: 'right',
      width: 140,
      render: (v: number | null) => (v == null ? none : formatWan(v)),
    },
    {
      title: t('docking.demands'),
      key: 'demands',
      width: 200,
      render: (_, e) => <NameTags items={e.demands.map((d) => ({ id: d.id, name: d.title }))} max={1} />,
    },
    { title: t('docking.place'), dataIndex: 'place', key: 'place', ellipsis: true, width: 160, render: (v) => v || none },
    { title: t('docking.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, e) => (
        <RowActions
          onView={() => state.openView(e.id)}
          onEdit={canWrite ? () => setEditing(e) : undefined}
          onDelete={canWrite ? () => remove.mutateAsync(e) : undefined}
          deleteConfirm={t('docking.deleteConfirm', { name: e.title })}
        />
      ),
    },
  ];

  return (
    <ListPage<TDockingEvent>
      title={t('docking.pageTitle')}
      tableId="docking-events"
      state={state}
      columns={columns}
      searchPlaceholder={t('docking.searchPlaceholder')}
      create={canWrite ? { label: t('docking.new'), onClick: () => setEditing(null) } : undefined}
      header={<DockingTotals totals={list.data?.totals} loading={list.isLoading} />}
      filters={
        <>
          <DatePicker.RangePicker
            aria-label={t('docking.dateRange')}
            placeholder={[t('docking.dateFrom'), t('docking.dateTo')]}
            value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
            allowEmpty={[true, true]}
            onChange={(v) => update({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          />
          <OrgTreeSelect lazy placeholder={t('docking.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
        </>
      }
    >
      <DockingEventFormDrawer open={editing !== undefined} event={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <DockingEventDetailDrawer
        eventId={viewId}
        initial={state.viewRow}
        canWrite={canWrite}
        onClose={() => state.closeView()}
        onEdit={(e) => setEditing(e)}
        onDelete={(e) => remove.mutate(e)}
      />
    </ListPage>
  );
}
