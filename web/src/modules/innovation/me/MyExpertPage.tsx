import { CheckOutlined, CloseOutlined, EditOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Descriptions, Flex, Form, Input, Modal, Select, Skeleton, Table, type TableProps, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../../app/api';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/list';
import {
  INNOVATION_LIMITS as L,
  MATCH_STATUSES,
  type TExpert,
  type TMatchStatus,
  type TMyInvitation,
  type TRecommendedDemand,
  expertKeys,
  getMyExpert,
  myInvitations,
  myRecommendedDemands,
  respondInvitation,
  updateMyExpert,
} from '../api';
import { AchievementList } from '../experts/ExpertDetailDrawer';
import { ExpertProfileFields, type TProfileValues, profileValuesOf, toProfileInput } from '../experts/ExpertProfileFields';
import { DESC_LABEL, MatchStatusTag, ReasonTags, ScoreBar, TagList, budgetText, categoryLabel, matchStatusLabel } from '../labels';

function ProfileTab({ expert }: { expert: TExpert }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<TProfileValues>();
  const none = t('common.none');

  const save = useMutation({
    mutationFn: (v: TProfileValues) => updateMyExpert(toProfileInput(v)),
    onSuccess: (saved) => {
      qc.setQueryData(expertKeys.me, saved);
      qc.invalidateQueries({ queryKey: expertKeys.recommended });
      message.success(t('common.saved'));
      setEditing(false);
    },
    onError: (err) => showError(err, form),
  });

  if (editing)
    return (
      <Form form={form} layout="vertical" initialValues={profileValuesOf(expert)} onFinish={(v) => save.mutate(v)} scrollToFirstError style={{ maxWidth: 820 }}>
        <ExpertProfileFields />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    );

  return (
    <Flex vertical gap={16} style={{ maxWidth: 920 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {expert.name}
          </Typography.Title>
          {expert.isAcademician ? <Tag color="red">{t('expert.academician')}</Tag> : null}
        </Flex>
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
          {t('me.editProfile')}
        </Button>
      </Flex>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: DESC_LABEL }}
        items={[
          { key: 'unit', label: t('expert.unit'), children: expert.unit || none },
          { key: 'title', label: t('expert.titleField'), children: expert.title || none },
          { key: 'disciplines', label: t('expert.disciplines'), children: <TagList items={expert.disciplines} color="blue" /> },
          { key: 'industries', label: t('expert.industries'), children: <TagList items={expert.industries} color="purple" /> },
          { key: 'keywords', label: t('expert.keywords'), children: <TagList items={expert.keywords} color="geekblue" /> },
          { key: 'public', label: t('expert.isPublic'), children: expert.isPublic ? t('common.yes') : t('common.no') },
          { key: 'bio', label: t('expert.bio'), children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{expert.bio || none}</Typography.Paragraph> },
        ]}
      />
      <div>
        <Typography.Title level={5}>{t('expert.achievementsCount', { n: expert.achievements.length })}</Typography.Title>
        <AchievementList items={expert.achievements} />
      </div>
    </Flex>
  );
}

function InvitationsTab() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [status, setStatus] = useState<TMatchStatus | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [answering, setAnswering] = useState<{ inv: TMyInvitation; accept: boolean } | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const q = { status, ...page };
  const list = useQuery({ queryKey: expertKeys.invitations(q), queryFn: () => myInvitations(q), placeholderData: keepPreviousData });

  const respond = useMutation({
    mutationFn: ({ inv, accept, note }: { inv: TMyInvitation; accept: boolean; note?: string }) => respondInvitation(inv.id, accept, note),
    onSuccess: (inv, { accept }) => {
      message.success(accept ? t('me.accepted', { title: inv.demandTitle }) : t('me.declined', { title: inv.demandTitle }));
      qc.invalidateQueries({ queryKey: ['experts', 'me', 'invitations'] });
      setAnswering(null);
    },
    onError: (err) => showError(err, form),
  });

  const none = t('common.none');
  const columns: TableProps<TMyInvitation>['columns'] = [
    {
      title: t('demand.title'),
      key: 'demand',
      render: (_, i) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{i.demand.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.demand.enterpriseName} · {categoryLabel(t, i.demand.category)}
            {i.demand.cluster ? ` · ${i.demand.cluster}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('demand.budget'), key: 'budget', width: 130, render: (_, i) => budgetText(t, i.demand.budgetMin, i.demand.budgetMax) },
    { title: t('demand.deadline'), key: 'deadline', width: 110, render: (_, i) => i.demand.deadline ?? none },
    { title: t('match.state'), dataIndex: 'status', key: 'status', width: 110, render: (s: TMatchStatus) => <MatchStatusTag status={s} /> },
    { title: t('match.invitedAt'), dataIndex: 'invitedAt', key: 'invitedAt', width: 140, render: (d: string | null) => (d ? dayjs(d).format('YYYY-MM-DD HH:mm') : none) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, i) =>
        i.status === 'contacted' ? (
          <Flex gap={8}>
            <Button size="small" type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => setAnswering({ inv: i, accept: true })}>
              {t('me.accept')}
            </Button>
            <Button size="small" danger icon={<CloseOutlined aria-hidden />} onClick={() => setAnswering({ inv: i, accept: false })}>
              {t('me.decline')}
            </Button>
          </Flex>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center">
        <Select<TMatchStatus>
          allowClear
          placeholder={t('match.state')}
          aria-label={t('match.stateFilter')}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={MATCH_STATUSES.filter((s) => s !== 'recommended').map((s) => ({ value: s, label: matchStatusLabel(t, s) }))}
          style={{ width: 160 }}
        />
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <Table<TMyInvitation>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 980 }}
        locale={{ emptyText: t('me.noInvitations') }}
        expandable={{
          expandedRowRender: (i) => (
            <Flex vertical gap={8}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{i.demand.description}</Typography.Paragraph>
              {i.reasons.length ? <ReasonTags reasons={i.reasons} /> : null}
              {i.note ? (
                <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 12 }}>
                  {i.note}
                </Typography.Paragraph>
              ) : null}
            </Flex>
          ),
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      <Modal
        open={answering !== null}
        title={answering ? t(answering.accept ? 'me.acceptTitle' : 'me.declineTitle', { title: answering.inv.demand.title }) : ''}
        okText={answering?.accept ? t('me.accept') : t('me.decline')}
        okButtonProps={{ danger: answering ? !answering.accept : false, loading: respond.isPending }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setAnswering(null)}
        destroyOnHidden
      >
        {answering ? (
          <Form
            form={form}
            layout="vertical"
            clearOnDestroy
            onFinish={(v) => respond.mutate({ inv: answering.inv, accept: answering.accept, note: v.note?.trim() || undefined })}
          >
            <Form.Item name="note" label={t('match.note')} extra={answering.accept ? t('me.acceptNoteHint') : t('me.declineNoteHint')}>
              <Input.TextArea rows={3} maxLength={L.noteMax} showCount autoFocus />
            </Form.Item>
          </Form>
        ) : null}
      </Modal>
    </Flex>
  );
}

function RecommendedTab() {
  const t = useT();
  const errorText = useErrorText();
  const list = useQuery({ queryKey: expertKeys.recommended, queryFn: () => myRecommendedDemands(20) });
  const none = t('common.none');
  const columns: TableProps<TRecommendedDemand>['columns'] = [
    {
      title: t('demand.title'),
      key: 'title',
      render: (_, d) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{d.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.enterpriseName} · {categoryLabel(t, d.category)}
            {d.cluster ? ` · ${d.cluster}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('demand.deadline'), dataIndex: 'deadline', key: 'deadline', width: 110, render: (d: string | null) => d ?? none },
    { title: t('match.score'), dataIndex: 'score', key: 'score', width: 170, render: (s: number) => <ScoreBar score={s} /> },
    { title: t('match.reasons'), key: 'reasons', render: (_, d) => <ReasonTags reasons={d.reasons} /> },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('me.recommendedHint')}</Typography.Text>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <Table<TRecommendedDemand>
        rowKey="demandId"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('me.noRecommended') }}
      />
    </Flex>
  );
}

/** 专家服务: the signed-in expert's profile, invitations (接受 / 婉拒) and recommended demands. */
export default function MyExpertPage() {
  const t = useT();
  const errorText = useErrorText();
  const { params, update } = useUrlParams();
  const me = useQuery({ queryKey: expertKeys.me, queryFn: getMyExpert, retry: false });
  const pendingQ = { status: 'contacted' as const, page: 1, pageSize: 1 };
  const pending = useQuery({ queryKey: expertKeys.invitations(pendingQ), queryFn: () => myInvitations(pendingQ), enabled: !!me.data });
  const tab = params.get('tab') ?? 'profile';

  if (me.isLoading) return <Skeleton active />;
  if (me.error)
    return (
      <Card variant="borderless" title={t('me.pageTitle')}>
        <Alert
          type={isApiError(me.error) && me.error.status === 404 ? 'warning' : 'error'}
          showIcon
          title={isApiError(me.error) && me.error.status === 404 ? t('me.noProfile') : errorText(me.error)}
        />
      </Card>
    );
  const expert = me.data!;
  const pendingCount = pending.data?.total ?? 0;

  return (
    <Card variant="borderless" title={t('me.pageTitle')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === 'profile' ? null : k, view: null })}
        items={[
          { key: 'profile', label: t('me.profile'), children: <ProfileTab expert={expert} /> },
          {
            key: 'invitations',
            label: (
              <Badge count={pendingCount} size="small" offset={[8, -2]}>
                <span>{t('me.invitations')}</span>
              </Badge>
            ),
            children: <InvitationsTab />,
          },
          { key: 'recommended', label: t('me.recommended'), children: <RecommendedTab /> },
        ]}
      />
    </Card>
  );
}
