import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { type TDemand, type TDemandDockingEvent, demandDockingEvents, demandKeys } from '../api';

/** 对接活动: the docking events that handled this demand (recorded on the docking events page). */
export function DockingEventsCard({ demand }: { demand: TDemand }) {
  const t = useT();
  const errorText = useErrorText();
  const { can } = useAuth();
  const list = useQuery({ queryKey: demandKeys.dockingEvents(demand.id), queryFn: () => demandDockingEvents(demand.id) });
  const none = t('common.none');
  const columns: TableProps<TDemandDockingEvent>['columns'] = [
    { title: t('demand.eventDate'), dataIndex: 'date', key: 'date', width: 120 },
    {
      title: t('demand.eventTitle'),
      dataIndex: 'title',
      key: 'title',
      render: (title: string, e) => <Link to={`/admin/docking-events?view=${e.id}`}>{title}</Link>,
    },
    { title: t('demand.eventPlace'), dataIndex: 'place', key: 'place', width: 200, render: (v: string | null) => v || none },
    { title: t('demand.eventAgreements'), dataIndex: 'agreementsSigned', key: 'agreementsSigned', width: 110, align: 'right' },
    {
      title: t('demand.eventValue'),
      dataIndex: 'contractValue',
      key: 'contractValue',
      width: 140,
      align: 'right',
      render: (v: number | null) => (v == null ? none : t('demand.budgetOne', { v })),
    },
  ];
  return (
    <Card
      title={t('demand.dockingEvents')}
      extra={
        can('docking:write') ? (
          <Link to="/admin/docking-events">
            <Button size="small" icon={<PlusOutlined aria-hidden />}>
              {t('demand.recordEvent')}
            </Button>
          </Link>
        ) : null
      }
    >
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 8 }} /> : null}
      <Table<TDemandDockingEvent>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('demand.noEvents') }}
      />
    </Card>
  );
}
