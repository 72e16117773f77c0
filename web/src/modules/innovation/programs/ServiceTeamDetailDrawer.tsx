import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Skeleton,
  Statistic,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { LIMITS } from '../../../../../shared/limits';
import { useAuth } from '../../../app/auth';
import { useApiError } from '../../../app/hooks/useApiError';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DetailDrawer } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { type TServiceTeam, createServiceVisit, getServiceTeam, listServiceVisits, programKeys } from './api';
import { DETAIL_STYLES, ExpertName, RefList, RefRow, enterprisePick, toDay } from './common';
import { RecordPicker } from './RecordPicker';

const VISITS_PAGE = 20;

export interface TServiceTeamDetailDrawerProps {
  teamId: number | null;
  initial?: TServiceTeam;
  canWrite: boolean;
  onClose: () => void;
  onEdit: (x: TServiceTeam) => void;
  onDelete: (x: TServiceTeam) => void;
}

/** One service team: lead and members, enterprises served, and the visit log as a timeline. */
export function ServiceTeamDetailDrawer({ teamId, initial, canWrite, onClose, onEdit, onDelete }: TServiceTeamDetailDrawerProps) {
  const t = useT();
  const errorText = useErrorText();
  const { can } = useAuth();
  const [visitOpen, setVisitOpen] = useState(false);
  const query = useQuery({
    queryKey: programKeys.teamOne(teamId ?? 0),
    queryFn: () => getServiceTeam(teamId!),
    enabled: teamId != null,
    placeholderData: initial && initial.id === teamId ? initial : undefined,
  });
  const visits = useInfiniteQuery({
    queryKey: programKeys.teamVisits(teamId ?? 0),
    queryFn: ({ pageParam }) => listServiceVisits(teamId!, pageParam, VISITS_PAGE),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.length * VISITS_PAGE < last.total ? pages.length + 1 : undefined),
    enabled: teamId != null,
  });
  const none = t('common.none');
  const visitItems = visits.data?.pages.flatMap((p) => p.items) ?? [];
  const totals = visits.data?.pages[0]?.totals;

  return (
    <DetailDrawer
      title={t('teams.detailTitle')}
      open={teamId != null}
      onClose={onClose}
      size={720}
      query={query}
      onEdit={canWrite ? onEdit : undefined}
      onDelete={canWrite ? onDelete : undefined}
      deleteConfirm={(x) => t('teams.deleteConfirm', { name: x.name })}
      extra={() =>
        can('teams:visit') ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setVisitOpen(true)}>
            {t('teams.addVisit')}
          </Button>
        ) : null
      }
    >
      {(x) => (
        <>
          <Flex vertical gap={16}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {x.name}
              {x.isDemo ? <DemoTag /> : null}
            </Typography.Title>
            <Row gutter={16}>
              <Col span={8}>
                <Statistic title={t('teams.visitCount')} value={totals?.visits ?? x.visitCount} />
              </Col>
              <Col span={8}>
                <Statistic title={t('teams.problemsSolved')} value={totals?.problemsSolved ?? x.problemsSolved} />
              </Col>
              <Col span={8}>
                <Statistic title={t('teams.lastVisitOn')} value={x.lastVisitOn ?? none} />
              </Col>
            </Row>
            <Descriptions
              column={1}
              bordered
              size="small"
              styles={DETAIL_STYLES}
              items={[
                { key: 'cluster', label: t('kc.cluster'), children: x.cluster ? <Tag color="cyan">{x.cluster}</Tag> : none },
                { key: 'org', label: t('teams.org'), children: x.orgName },
                { key: 'lead', label: t('teams.lead'), children: x.lead ? <ExpertName expert={x.lead} /> : none },
                {
                  key: 'description',
                  label: t('teams.description'),
                  children: x.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{x.description}</span> : none,
                },
              ]}
            />
            <RefList title={t('teams.members')} count={x.members.length}>
              {x.members.map((m) => (
                <RefRow key={m.id}>
                  <ExpertName expert={m} />
                </RefRow>
              ))}
            </RefList>
            <RefList title={t('teams.enterprises')} count={x.enterprises.length}>
              {x.enterprises.map((e) => (
                <RefRow key={e.id}>{e.name}</RefRow>
              ))}
            </RefList>

            <div>
              <Typography.Title level={5} style={{ marginBottom: 12 }}>
                {t('teams.visits')} <Typography.Text type="secondary">({totals?.visits ?? 0})</Typography.Text>
              </Typography.Title>
              {visits.error ? <Alert type="error" showIcon title={errorText(visits.error)} /> : null}
              {visits.isLoading ? (
                <Skeleton active />
              ) : visitItems.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('teams.noVisits')} />
              ) : (
                <Timeline
                  items={visitItems.map((v) => ({
                    key: v.id,
                    title: v.date,
                    content: (
                      <div>
                        <Flex gap={8} wrap align="center">
                          <Typography.Text strong>{v.enterprise?.name ?? none}</Typography.Text>
                          {v.problemsSolved ? <Tag color="green">{t('teams.solvedN', { n: v.problemsSolved })}</Tag> : null}
                          {v.isDemo ? <DemoTag /> : null}
                        </Flex>
                        <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{v.summary}</Typography.Paragraph>
                        {v.experts.length ? (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('teams.visitExperts')}: {v.experts.map((e) => e.name).join('、')}
                          </Typography.Text>
                        ) : null}
                      </div>
                    ),
                  }))}
                />
              )}
              {visits.hasNextPage ? (
                <Button block onClick={() => visits.fetchNextPage()} loading={visits.isFetchingNextPage}>
                  {t('teams.moreVisits')}
                </Button>
              ) : null}
            </div>
          </Flex>
          <VisitModal team={x} open={visitOpen} onClose={() => setVisitOpen(false)} />
        </>
      )}
    </DetailDrawer>
  );
}

interface TVisitValues {
  date?: Dayjs;
  enterpriseId?: number | null;
  expertIds?: number[];
  summary: string;
  problemsSolved?: number | null;
}

/** 登记走访: a visit of the team to one of its enterprises (staff, or an expert of the team). */
function VisitModal({ team, open, onClose }: { team: TServiceTeam; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const { can } = useAuth();
  const [form] = Form.useForm<TVisitValues>();
  const teamExperts = [...(team.lead ? [team.lead] : []), ...team.members];
  // Staff may record a visit to any enterprise of their subtree; experts to the team's enterprises.
  const pickAny = can('teams:write');

  const save = useMutation({
    mutationFn: (v: TVisitValues) =>
      createServiceVisit(team.id, {
        date: toDay(v.date) ?? '',
        enterpriseId: v.enterpriseId!,
        ...(v.expertIds?.length ? { expertIds: v.expertIds } : {}),
        summary: v.summary.trim(),
        problemsSolved: v.problemsSolved ?? 0,
      }),
    onSuccess: () => {
      message.success(t('teams.visitSaved'));
      qc.invalidateQueries({ queryKey: programKeys.teams });
      onClose();
    },
    onError: (err) => showError(err, form),
  });

  return (
    <Modal
      title={t('teams.addVisitTitle', { name: team.name })}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ date: dayjs(), expertIds: [], problemsSolved: 0 }}
        clearOnDestroy
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="date" label={t('teams.visitDate')} rules={[{ required: true, message: t('teams.v.date') }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="problemsSolved" label={t('teams.problemsSolved')} rules={[{ type: 'number', min: 0, max: 1000 }]}>
              <InputNumber style={{ width: '100%' }} min={0} max={1000} precision={0} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="enterpriseId" label={t('teams.visitEnterprise')} rules={[{ required: true, message: t('teams.v.enterprise') }]}>
              {pickAny ? (
                <RecordPicker kind="enterprises" known={team.enterprises.map(enterprisePick)} />
              ) : (
                <Select showSearch={{ optionFilterProp: 'label' }} options={team.enterprises.map((e) => ({ value: e.id, label: e.name }))} />
              )}
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="expertIds" label={t('teams.visitExperts')} tooltip={t('teams.visitExpertsHint')}>
              <Select
                mode="multiple"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={teamExperts.map((e) => ({ value: e.id, label: e.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="summary"
              label={t('teams.visitSummary')}
              rules={[{ required: true, whitespace: true, message: t('teams.v.summary') }, { max: LIMITS.longTextMax }]}
            >
              <Input.TextArea rows={4} maxLength={LIMITS.longTextMax} showCount placeholder={t('teams.visitSummaryPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
