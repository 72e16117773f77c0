import { ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Segmented, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { INNOVATION_LIMITS as L, type TDemand, type TDemandMatch, demandKeys, demandMatches, inviteExpert, requestDocking } from '../api';
import { ExpertDetailDrawer } from '../experts/ExpertDetailDrawer';
import { MatchStatusTag, ReasonTags, ScoreBar } from '../labels';

const LIMITS = [10, 20, 50] as const;

/**
 * 智能匹配: experts ranked for the demand with the matcher's reasons. Staff invite (邀请); the demand's
 * enterprise asks staff for a docking (申请对接) once the demand is published.
 */
export function MatchPanel({ demand }: { demand: TDemand }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can } = useAuth();
  const [limit, setLimit] = useState<number>(10);
  const [target, setTarget] = useState<TDemandMatch | null>(null);
  const [viewId, setViewId] = useState<number | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const canInvite = demand.canInvite;
  const isOpen = demand.status === 'published' || demand.status === 'docking';
  const canRequest = !canInvite && isOpen && !can('demands:review');
  const canViewExperts = can('experts:read');

  const matches = useQuery({
    queryKey: demandKeys.matches(demand.id, limit),
    queryFn: () => demandMatches(demand.id, limit),
    staleTime: 60_000,
  });

  const send = useMutation({
    mutationFn: ({ m, note }: { m: TDemandMatch; note?: string }) =>
      canInvite ? inviteExpert(demand.id, m.expertId, note) : requestDocking(demand.id, m.expertId, note),
    onSuccess: (_, { m }) => {
      message.success(canInvite ? t('match.invited', { name: m.name }) : t('match.requested', { name: m.name }));
      qc.invalidateQueries({ queryKey: ['demands', 'matches', demand.id] });
      qc.invalidateQueries({ queryKey: demandKeys.invitations(demand.id) });
      setTarget(null);
    },
    onError: (err) => showError(err, form),
  });

  const columns: TableProps<TDemandMatch>['columns'] = [
    { title: '#', key: 'rank', width: 48, render: (_, __, i) => i + 1 },
    {
      title: t('match.expert'),
      key: 'name',
      width: 220,
      render: (_, m) => (
        <Flex vertical gap={2}>
          {canViewExperts ? (
            <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setViewId(m.expertId)}>{m.name}</Button>
          ) : (
            <Typography.Text strong>{m.name}</Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[m.title, m.unit].filter(Boolean).join(' · ') || t('common.none')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('match.score'), dataIndex: 'score', key: 'score', width: 170, render: (s: number) => <ScoreBar score={s} /> },
    { title: t('match.reasons'), key: 'reasons', render: (_, m) => <ReasonTags reasons={m.reasons} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, m) => {
        const status = m.invitation?.status;
        if (canInvite && (!status || status === 'recommended'))
          return (
            <Button size="small" type="primary" onClick={() => setTarget(m)} aria-label={t('match.inviteAria', { name: m.name })}>
              {t('match.invite')}
            </Button>
          );
        if (canRequest && !status)
          return (
            <Button size="small" onClick={() => setTarget(m)} aria-label={t('match.requestAria', { name: m.name })}>
              {t('match.request')}
            </Button>
          );
        return status ? <MatchStatusTag status={status} /> : null;
      },
    },
  ];

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <ThunderboltOutlined aria-hidden style={{ color: '#1556d3' }} />
          {t('match.title')}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center">
          <Segmented<number>
            size="small"
            value={limit}
            onChange={setLimit}
            options={LIMITS.map((n) => ({ value: n, label: t('match.topN', { n }) }))}
            aria-label={t('match.limit')}
          />
          <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={() => matches.refetch()} aria-label={t('common.refresh')} />
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{canInvite ? t('match.staffHint') : canRequest ? t('match.enterpriseHint') : t('match.hint')}</Typography.Text>
        {matches.error ? <Alert type="error" showIcon title={errorText(matches.error)} /> : null}
        <Table<TDemandMatch>
          rowKey="expertId"
          size="small"
          columns={columns}
          dataSource={matches.data?.items ?? []}
          loading={matches.isFetching}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('match.empty') }}
        />
      </Flex>
      <Modal
        open={target !== null}
        title={target ? (canInvite ? t('match.inviteTitle', { name: target.name }) : t('match.requestTitle', { name: target.name })) : ''}
        okText={canInvite ? t('match.sendInvite') : t('match.sendRequest')}
        okButtonProps={{ loading: send.isPending }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        {target ? (
          <Form form={form} layout="vertical" clearOnDestroy onFinish={(v) => send.mutate({ m: target, note: v.note?.trim() || undefined })}>
            <Flex vertical gap={8} style={{ marginBottom: 12 }}>
              <ScoreBar score={target.score} width={220} />
              <ReasonTags reasons={target.reasons} />
            </Flex>
            <Form.Item name="note" label={t('match.note')} extra={canInvite ? t('match.inviteNoteHint') : t('match.requestNoteHint')}>
              <Input.TextArea rows={3} maxLength={L.noteMax} showCount />
            </Form.Item>
          </Form>
        ) : null}
      </Modal>
      {canViewExperts ? <ExpertDetailDrawer expertId={viewId} onClose={() => setViewId(null)} /> : null}
    </Card>
  );
}
