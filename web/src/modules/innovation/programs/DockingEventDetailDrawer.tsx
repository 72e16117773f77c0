import { useQuery } from '@tanstack/react-query';
import { Descriptions, Flex, Statistic, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { DetailDrawer } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { DemandStatusTag, formatWan } from '../labels';
import { type TDockingEvent, getDockingEvent, programKeys } from './api';
import { DETAIL_STYLES, ExpertName, RefList, RefRow } from './common';

export interface TDockingEventDetailDrawerProps {
  eventId: number | null;
  initial?: TDockingEvent;
  canWrite: boolean;
  onClose: () => void;
  onEdit: (e: TDockingEvent) => void;
  onDelete: (e: TDockingEvent) => void;
}

export function DockingEventDetailDrawer({ eventId, initial, canWrite, onClose, onEdit, onDelete }: TDockingEventDetailDrawerProps) {
  const t = useT();
  const query = useQuery({
    queryKey: programKeys.dockingOne(eventId ?? 0),
    queryFn: () => getDockingEvent(eventId!),
    enabled: eventId != null,
    placeholderData: initial && initial.id === eventId ? initial : undefined,
  });
  const none = t('common.none');

  return (
    <DetailDrawer
      title={t('docking.detailTitle')}
      open={eventId != null}
      onClose={onClose}
      size={640}
      query={query}
      onEdit={canWrite ? onEdit : undefined}
      onDelete={canWrite ? onDelete : undefined}
      deleteConfirm={(e) => t('docking.deleteConfirm', { name: e.title })}
    >
      {(e) => (
        <>
          <Flex vertical gap={16}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {e.title}
              {e.isDemo ? <DemoTag /> : null}
            </Typography.Title>
            <Flex gap={32}>
              <Statistic title={t('docking.agreementsSigned')} value={e.agreementsSigned} />
              <Statistic
                title={t('docking.totals.contractValue')}
                value={e.contractValue == null ? none : formatWan(e.contractValue)}
                suffix={e.contractValue == null ? null : t('demand.wan')}
              />
            </Flex>
            <Descriptions
              column={1}
              bordered
              size="small"
              styles={DETAIL_STYLES}
              items={[
                { key: 'date', label: t('docking.date'), children: e.date },
                { key: 'place', label: t('docking.place'), children: e.place || none },
                { key: 'organizer', label: t('docking.organizer'), children: e.organizer || none },
                { key: 'org', label: t('docking.org'), children: e.orgName },
                { key: 'summary', label: t('docking.summary'), children: e.summary ? <span style={{ whiteSpace: 'pre-wrap' }}>{e.summary}</span> : none },
              ]}
            />
            <RefList title={t('docking.demands')} count={e.demands.length}>
              {e.demands.map((d) => (
                <RefRow key={d.id} extra={<DemandStatusTag status={d.status} />}>
                  {d.title}
                </RefRow>
              ))}
            </RefList>
            <RefList title={t('docking.experts')} count={e.experts.length}>
              {e.experts.map((x) => (
                <RefRow key={x.id}>
                  <ExpertName expert={x} />
                </RefRow>
              ))}
            </RefList>
            <RefList title={t('docking.enterprises')} count={e.enterprises.length}>
              {e.enterprises.map((x) => (
                <RefRow key={x.id}>{x.name}</RefRow>
              ))}
            </RefList>
          </Flex>
        </>
      )}
    </DetailDrawer>
  );
}
