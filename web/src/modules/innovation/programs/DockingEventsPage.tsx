import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Input, Popconfirm, Row, Space, Statistic, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DemoTag } from '../../people/PersonTags';
import { formatWan } from '../portal/labels';
import { type TDockingEvent, type TDockingQuery, type TDockingTotals, deleteDockingEvent, listDockingEvents, programKeys, readPaging } from './api';
import { NameTags, sortFrom, sortOrderOf, useListParams } from './common';
import { DockingEventDetailDrawer } from './DockingEventDetailDrawer';
import { DockingEventFormDrawer } from './DockingEventFormDrawer';
import { RecordLink } from '../../../app/components/RecordLink';

const SORTS = ['date', 'title', 'agreementsSigned', 'contractValue', 'createdAt'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readDockingQuery(params: URLSearchParams): TDockingQuery {
  const day = (k: string) => {
    const v = params.get(k);
    return v && DAY.test(v) ? v : undefined;
  };
  return { ...readPaging(params, SORTS), from: day('from'), to: day('to') };
}

/** The outcome of the events matching the filters: 对接活动 场次, 签约项目, 合同金额（万元）. */
export function DockingTotals({ totals, loading }: { totals?: TDockingTotals; loading?: boolean }) {
  const t = useT();
  const cards = [
    { key: 'events', title: t('docking.totals.events'), value: totals?.events ?? 0, suffix: t('docking.totals.eventsUnit') },
    { key: 'agreements', title: t('docking.totals.agreements'), value: totals?.agreements ?? 0, suffix: t('docking.totals.agreementsUnit') },
    { key: 'value', title: t('docking.totals.contractValue'), value: totals?.contractValue ?? 0, suffix: t('kc.wan'), precision: 2 },
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
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can } = useAuth();
  const canWrite = can('docking:write');
  const { params, update, clear } = useListParams();
  const query = useMemo(() => readDockingQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [editing, setEditing] = useState<TDockingEvent | null | undefined>(undefined);

  const list = useQuery({
    queryKey: programKeys.dockingList(query),
    queryFn: ({ signal }) => listDockingEvents(query, signal),
    placeholderData: keepPreviousData,
  });
  const viewId = Number(params.get('view')) || null;

  const remove = useMutation({
    mutationFn: (e: TDockingEvent) => deleteDockingEvent(e.id),
    onSuccess: (_, e) => {
      message.success(t('common.deleted'));
      if (viewId === e.id) update({ view: null });
      qc.invalidateQueries({ queryKey: programKeys.docking });
    },
    onError: (err) => showError(err),
  });

  const none = t('common.none');
  const columns: TableProps<TDockingEvent>['columns'] = [
    {
      title: t('docking.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'title'),
      fixed: 'left',
      width: 240,
      render: (title: string, e) => (
        <span>
          <RecordLink view={e.id} onOpen={() => update({ view: e.id })}>{title}</RecordLink>
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
      sortOrder: sortOrderOf(query.sort ?? '-date', 'date'),
      sortDirections: ['descend', 'ascend'],
      width: 120,
    },
    { title: t('docking.place'), dataIndex: 'place', key: 'place', ellipsis: true, width: 160, render: (v) => v || none },
    { title: t('docking.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
    { title: t('docking.demands'), key: 'demands', width: 200, render: (_, e) => <NameTags items={e.demands.map((d) => ({ id: d.id, name: d.title }))} max={1} /> },
    { title: t('docking.experts'), key: 'experts', width: 180, render: (_, e) => <NameTags items={e.experts} /> },
    { title: t('docking.enterprises'), key: 'enterprises', width: 200, render: (_, e) => <NameTags items={e.enterprises} max={1} /> },
    {
      title: t('docking.agreementsSigned'),
      dataIndex: 'agreementsSigned',
      key: 'agreementsSigned',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'agreementsSigned'),
      align: 'right',
      width: 110,
    },
    {
      title: t('docking.contractValue'),
      dataIndex: 'contractValue',
      key: 'contractValue',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'contractValue'),
      align: 'right',
      width: 140,
      render: (v: number | null) => (v == null ? none : formatWan(v)),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, e) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => update({ view: e.id })}>
            {t('common.view')}
          </Button>
          {canWrite ? (
            <>
              <Button type="link" size="small" onClick={() => setEditing(e)}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('docking.deleteConfirm', { name: e.title })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(e)}
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

  const onTableChange: TableProps<TDockingEvent>['onChange'] = (pagination, _filters, sorter, extra) => {
    const patch: Record<string, string | number | undefined> = { sort: sortFrom(sorter) };
    if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
    update(patch);
  };

  const hasFilters = !!(query.q || query.orgId || query.from || query.to);

  return (
    <Card variant="borderless" title={t('docking.pageTitle')}>
      <Flex vertical gap={16}>
        <DockingTotals totals={list.data?.totals} loading={list.isLoading} />
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('docking.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 280 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            <DatePicker.RangePicker
              aria-label={t('docking.dateRange')}
              placeholder={[t('docking.dateFrom'), t('docking.dateTo')]}
              value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
              allowEmpty={[true, true]}
              onChange={(v) => update({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
            />
            <OrgTreeSelect placeholder={t('docking.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
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
              {t('docking.new')}
            </Button>
          ) : null}
        </Flex>

        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<TDockingEvent>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 1690 }}
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

      <DockingEventFormDrawer open={editing !== undefined} event={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <DockingEventDetailDrawer
        eventId={viewId}
        initial={list.data?.items.find((e) => e.id === viewId)}
        canWrite={canWrite}
        onClose={() => update({ view: null })}
        onEdit={(e) => setEditing(e)}
        onDelete={(e) => remove.mutate(e)}
      />
    </Card>
  );
}
