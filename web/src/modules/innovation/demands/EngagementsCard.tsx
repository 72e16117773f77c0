import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Table, type TableProps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useAuth } from '../../../app/auth';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { type TMsgKey, useT } from '../../../app/i18n';
import { type TDemand, type TInvitation, type TMatchStatus, demandInvitations, demandKeys, inviteExpert, transitionMatch } from '../api';
import { MatchStatusTag } from '../labels';

/** Next staff step of an engagement: (推荐, e.g. the enterprise asked for a docking) → 已联系; 专家接受 → 对接中 → 已签约. */
const NEXT: Partial<Record<TMatchStatus, { to: TMatchStatus; label: TMsgKey }>> = {
  recommended: { to: 'contacted', label: 'match.invite' },
  accepted: { to: 'docking', label: 'match.act.docking' },
  docking: { to: 'signed', label: 'match.act.signed' },
};

/** 对接专家: the invitations and docking requests on the demand, with the staff's next step. */
export function EngagementsCard({ demand }: { demand: TDemand }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can } = useAuth();
  // Only reviewing staff run engagements on; an enterprise (or the staff member acting for it) cannot.
  const canRun = can('demands:review') && demand.canSeeMatches && demand.status !== 'closed';

  const list = useQuery({ queryKey: demandKeys.invitations(demand.id), queryFn: () => demandInvitations(demand.id) });

  const move = useMutation({
    // Inviting goes through the invitation endpoint: it records the matcher's score and reasons too.
    mutationFn: ({ inv, to }: { inv: TInvitation; to: TMatchStatus }) =>
      to === 'contacted' ? inviteExpert(demand.id, inv.expertId) : transitionMatch(inv.id, to),
    onSuccess: (inv) => {
      message.success(t('match.movedTo', { name: inv.expertName, state: t(`match.status.${inv.status}` as TMsgKey) }));
      qc.invalidateQueries({ queryKey: demandKeys.invitations(demand.id) });
      qc.invalidateQueries({ queryKey: ['demands', 'matches', demand.id] });
      // The first docking moves a published demand to 对接中.
      qc.invalidateQueries({ queryKey: demandKeys.one(demand.id) });
      qc.invalidateQueries({ queryKey: ['demands', 'list'] });
    },
    onError: (err) => showError(err),
  });

  const fmt = (d: string | null) => (d ? dayjs(d).format('YYYY-MM-DD HH:mm') : t('common.none'));
  const columns: TableProps<TInvitation>['columns'] = [
    {
      title: t('match.expert'),
      key: 'expert',
      width: 200,
      render: (_, i) => (
        <div>
          <Typography.Text strong>{i.expertName}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[i.expertTitle, i.expertUnit].filter(Boolean).join(' · ') || t('common.none')}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('match.state'), dataIndex: 'status', key: 'status', width: 110, render: (s: TMatchStatus) => <MatchStatusTag status={s} /> },
    {
      // The current score, from the same matcher call as the 智能匹配 ranking; the one recorded at invitation beside it when it differs.
      title: t('match.score'),
      dataIndex: 'score',
      key: 'score',
      width: 110,
      render: (s: number | null, i) => {
        if (s == null) return t('common.none');
        const now = Math.round(s * 100);
        const then = i.scoreAtInvite == null ? null : Math.round(i.scoreAtInvite * 100);
        return (
          <div>
            {now}%
            {then != null && then !== now ? (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('match.scoreAtInvite', { pct: `${then}%` })}
                </Typography.Text>
              </div>
            ) : null}
          </div>
        );
      },
    },
    { title: t('match.invitedAt'), dataIndex: 'invitedAt', key: 'invitedAt', width: 150, render: fmt },
    { title: t('match.respondedAt'), dataIndex: 'respondedAt', key: 'respondedAt', width: 150, render: fmt },
    {
      title: t('match.notes'),
      dataIndex: 'note',
      key: 'note',
      render: (n: string | null) => (n ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 12 }}>{n}</Typography.Paragraph> : t('common.none')),
    },
    ...(canRun
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            fixed: 'right' as const,
            render: (_: unknown, i: TInvitation) => {
              const next = NEXT[i.status];
              if (next?.to === 'contacted' && !demand.canInvite) return null;
              return next ? (
                <Button
                  size="small"
                  type="primary"
                  ghost
                  loading={move.isPending && move.variables?.inv.id === i.id}
                  onClick={() => move.mutate({ inv: i, to: next.to })}
                  aria-label={`${t(next.label)} ${i.expertName}`}
                >
                  {t(next.label)}
                </Button>
              ) : null;
            },
          },
        ]
      : []),
  ];

  return (
    <Card title={t('match.engagements')}>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 8 }} /> : null}
      <Table<TInvitation>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('match.noEngagements') }}
      />
    </Card>
  );
}
