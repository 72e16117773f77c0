import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Empty, Flex, Form, Input, InputNumber, Modal, Select, Tag, Timeline, Typography, Upload, type UploadFile } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { LIMITS } from '../../../../../shared/limits';
import { useApiError } from '../../../app/hooks/useApiError';
import { useI18n } from '../../../app/i18n';
import { DetailDrawer } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { activityKeys, getActivity, moveActivity, summarizeActivity, type TActivity, type TActivityDetail, type TActivityStatus, uploadFile } from './api';
import { ActivityStatusTag, ActivityTypeTag, groupLabel, OverdueTag, shortOrg, statusLabel } from './labels';

export interface TActivityDetailDrawerProps {
  activityId: number | null;
  initial?: TActivity;
  onClose: () => void;
  onEdit: (a: TActivity) => void;
  onDelete: (a: TActivity) => void;
}

const MOVE_LABEL: Record<TActivityStatus, 'act.move.filed' | 'act.move.returned' | 'act.move.planned' | 'act.move.held' | 'act.move.summarized'> = {
  filed: 'act.move.filed',
  returned: 'act.move.returned',
  planned: 'act.move.planned',
  held: 'act.move.held',
  summarized: 'act.move.summarized',
};

function History({ items }: { items: TActivityDetail['transitions'] }) {
  const { t, locale } = useI18n();
  if (!items) return null;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('act.noHistory')} />;
  return (
    <Timeline
      items={items.map((x) => ({
        key: x.id,
        color: x.to === 'returned' ? 'red' : x.to === 'summarized' ? 'green' : 'blue',
        content: (
          <Flex vertical gap={2}>
            <span>
              {statusLabel(x.from as TActivityStatus, locale)} → <Typography.Text strong>{statusLabel(x.to as TActivityStatus, locale)}</Typography.Text>
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {x.actorName ?? t('act.system')}
              {x.actorName && x.actorOrgName ? `（${x.actorOrgName}）` : ''} · {dayjs(x.at).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
            {x.reason ? <Typography.Text style={{ fontSize: 13 }}>{t('act.reasonIs', { reason: x.reason })}</Typography.Text> : null}
          </Flex>
        ),
      }))}
    />
  );
}

interface TSummaryValues {
  summary: string;
  actualParticipants: number;
  links?: string[];
}

function SummaryModal({ activity, open, onClose }: { activity: TActivityDetail; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const [form] = Form.useForm<TSummaryValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const save = useMutation({
    mutationFn: (v: TSummaryValues) =>
      summarizeActivity(activity.id, {
        summary: v.summary.trim(),
        actualParticipants: v.actualParticipants,
        links: v.links ?? [],
        photoIds: files.filter((f) => f.status === 'done' && f.response?.id).map((f) => f.response.id as string),
      }),
    onSuccess: () => {
      message.success(t('act.summarized'));
      qc.invalidateQueries({ queryKey: activityKeys.all });
      onClose();
    },
    onError: (err) => showError(err, form),
  });
  const uploading = files.some((f) => f.status === 'uploading');
  return (
    <Modal
      title={t('act.summaryTitle')}
      open={open}
      onCancel={onClose}
      okText={t('act.move.summarized')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, disabled: uploading }}
      destroyOnHidden
      width={600}
    >
      <Form<TSummaryValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ actualParticipants: activity.plannedParticipants ?? undefined }}>
        <Form.Item name="summary" label={t('act.summary')} rules={[{ required: true, whitespace: true, message: t('act.summaryRequired') }, { max: LIMITS.longTextMax }]}>
          <Input.TextArea rows={4} placeholder={t('act.summaryPlaceholder')} />
        </Form.Item>
        <Form.Item name="actualParticipants" label={t('act.actualParticipants')} rules={[{ required: true, message: t('act.actualRequired') }]}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('act.photos')} extra={t('act.photosHint')}>
          <Upload
            listType="picture"
            accept="image/png,image/jpeg,image/gif,image/webp"
            multiple
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              uploadFile(file as File)
                .then((r) => onSuccess?.(r))
                .catch((e) => {
                  showError(e);
                  onError?.(e as Error);
                });
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('act.uploadPhoto')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="links" label={t('act.links')} extra={t('act.linksHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[' ', '，', ',']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One activity: fields, summary, 流转记录, and the moves the user may make (备案 / 退回 / 标记已举办 / 提交总结). */
export function ActivityDetailDrawer({ activityId, initial, onClose, onEdit, onDelete }: TActivityDetailDrawerProps) {
  const { t, locale } = useI18n();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const [summarizing, setSummarizing] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const query = useQuery({
    queryKey: activityKeys.one(activityId ?? 0),
    queryFn: () => getActivity(activityId!),
    enabled: activityId != null,
    placeholderData: initial && initial.id === activityId ? ({ ...initial } as TActivityDetail) : undefined,
  });
  const move = useMutation({
    mutationFn: ({ to, why }: { to: TActivityStatus; why?: string }) => moveActivity(activityId!, to, why),
    onSuccess: (a) => {
      message.success(t('act.moved', { status: statusLabel(a.status, locale) }));
      setReturning(false);
      setReason('');
      qc.invalidateQueries({ queryKey: activityKeys.all });
    },
    onError: (err) => showError(err),
  });
  const none = t('common.none');
  const d = query.data;
  const full = d && 'transitions' in d;

  const buttons = (a: TActivityDetail) =>
    full ? (
      <>
        {(a.allowedTransitions ?? []).map((to) =>
          to === 'returned' ? (
            <Button key={to} danger onClick={() => setReturning(true)}>
              {t(MOVE_LABEL[to])}
            </Button>
          ) : (
            <Button
              key={to}
              type={to === 'filed' || to === 'held' ? 'primary' : 'default'}
              loading={move.isPending && move.variables?.to === to}
              onClick={() =>
                to === 'held'
                  ? modal.confirm({ title: t('act.heldConfirm'), onOk: () => move.mutateAsync({ to }) })
                  : move.mutate({ to })
              }
            >
              {t(MOVE_LABEL[to])}
            </Button>
          ),
        )}
        {a.canSummarize ? (
          <Button type="primary" onClick={() => setSummarizing(true)}>
            {t('act.move.summarized')}
          </Button>
        ) : null}
      </>
    ) : null;

  return (
    <DetailDrawer<TActivityDetail>
      title={t('act.detailTitle')}
      open={activityId != null}
      onClose={onClose}
      size={760}
      query={query}
      extra={buttons}
      onEdit={full && d.canEdit ? onEdit : undefined}
      onDelete={full && d.canDelete ? onDelete : undefined}
      deleteConfirm={(a) => t('act.deleteConfirm', { title: a.title })}
    >
      {(a) => (
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {a.title}
              {a.isDemo ? <DemoTag /> : null}
            </Typography.Title>
            <Flex gap={4} wrap style={{ marginTop: 8 }}>
              <ActivityStatusTag status={a.status} />
              <ActivityTypeTag type={a.type} />
              {a.isOverdue ? <OverdueTag /> : null}
              {a.isPublic ? <Tag color="cyan">{t('act.publicTag')}</Tag> : <Tag>{t('act.internalTag')}</Tag>}
            </Flex>
          </div>
          {a.status === 'returned' && a.returnReason ? <Alert type="warning" showIcon title={t('act.returnedBecause', { reason: a.returnReason })} /> : null}
          {a.isOverdue ? <Alert type="error" showIcon title={t('act.overdueAlert', { date: a.summaryDueOn })} /> : null}
          <Descriptions
            column={2}
            bordered
            size="small"
            styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'dates', label: t('act.dates'), children: a.startDate === a.endDate ? a.startDate : `${a.startDate} ~ ${a.endDate}` },
              { key: 'venue', label: t('act.venue'), children: a.venue || none },
              { key: 'org', label: t('act.org'), children: a.orgName },
              { key: 'district', label: t('act.district'), children: a.districtName ? shortOrg(a.districtName) : t('act.cityLevel') },
              { key: 'co', label: t('act.coOrganizers'), span: 2, children: a.coOrganizers.length ? a.coOrganizers.join('、') : none },
              { key: 'groups', label: t('act.targetGroups'), span: 2, children: a.targetGroups.length ? a.targetGroups.map((g) => groupLabel(g, locale)).join('、') : none },
              { key: 'planned', label: t('act.plannedParticipants'), children: a.plannedParticipants ?? none },
              { key: 'online', label: t('act.onlineReach'), children: a.onlineReach ?? none },
              { key: 'budget', label: t('act.budget'), children: a.budget != null ? a.budget.toLocaleString() : none },
              { key: 'due', label: t('act.summaryDueOn'), children: a.summaryDueOn },
              { key: 'contact', label: t('act.contactName'), children: [a.contactName, a.contactPhone].filter(Boolean).join(' ') || none },
              { key: 'desc', label: t('act.description'), span: 2, children: a.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{a.description}</span> : none },
              { key: 'note', label: t('act.internalNote'), span: 2, children: a.internalNote || none },
            ]}
          />
          {a.status === 'summarized' ? (
            <section aria-label={t('act.summarySection')}>
              <Typography.Title level={5}>{t('act.summarySection')}</Typography.Title>
              <Descriptions
                column={1}
                bordered
                size="small"
                styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
                items={[
                  { key: 'actual', label: t('act.actualParticipants'), children: a.actualParticipants ?? none },
                  { key: 'summary', label: t('act.summary'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{a.summary}</span> },
                  {
                    key: 'photos',
                    label: t('act.photos'),
                    children: a.photos.length ? (
                      <Flex gap={8} wrap>
                        {a.photos.map((p) => (
                          <a key={p.id} href={`/api/v1/files/${p.id}`} target="_blank" rel="noreferrer">
                            <img src={`/api/v1/files/${p.id}`} alt={p.name} style={{ height: 72, borderRadius: 4 }} />
                          </a>
                        ))}
                      </Flex>
                    ) : (
                      none
                    ),
                  },
                  {
                    key: 'links',
                    label: t('act.links'),
                    children: a.links.length
                      ? a.links.map((l) => (
                          <div key={l}>
                            <a href={l} target="_blank" rel="noreferrer">
                              {l}
                            </a>
                          </div>
                        ))
                      : none,
                  },
                ]}
              />
            </section>
          ) : null}
          <section aria-label={t('act.history')}>
            <Typography.Title level={5}>{t('act.history')}</Typography.Title>
            {full ? <History items={a.transitions} /> : null}
          </section>
          {full ? <SummaryModal activity={a} open={summarizing} onClose={() => setSummarizing(false)} /> : null}
          <Modal
            title={t('act.returnTitle')}
            open={returning}
            onCancel={() => setReturning(false)}
            okText={t('act.move.returned')}
            okButtonProps={{ danger: true, disabled: !reason.trim(), loading: move.isPending }}
            onOk={() => move.mutate({ to: 'returned', why: reason })}
          >
            <Input.TextArea aria-label={t('act.returnReason')} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('act.returnReason')} />
          </Modal>
        </Flex>
      )}
    </DetailDrawer>
  );
}
