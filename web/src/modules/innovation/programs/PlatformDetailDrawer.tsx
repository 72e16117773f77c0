import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Flex, Form, Input, InputNumber, Modal, Radio, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { useApiError } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DetailDrawer } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { LevelTag, platformKindLabel } from '../labels';
import { ASSESSMENT_RATINGS, type TAssessment, type TAssessmentRating, type TPlatform, assessPlatform, getPlatform, programKeys } from './api';
import { DETAIL_STYLES, ExpertName, RefList, RefRow } from './common';
import { PlatformStatusTag, RatingTag, ratingKey } from './tags';

export interface TPlatformDetailDrawerProps {
  platformId: number | null;
  initial?: TPlatform;
  canWrite: boolean;
  onClose: () => void;
  onEdit: (p: TPlatform) => void;
  onDelete: (p: TPlatform) => void;
}

/** One platform with its linked experts and its yearly assessments (考核), newest first. */
export function PlatformDetailDrawer({ platformId, initial, canWrite, onClose, onEdit, onDelete }: TPlatformDetailDrawerProps) {
  const t = useT();
  const { can } = useAuth();
  const [assessOpen, setAssessOpen] = useState(false);
  const query = useQuery({
    queryKey: programKeys.platformOne(platformId ?? 0),
    queryFn: () => getPlatform(platformId!),
    enabled: platformId != null,
    placeholderData: initial && initial.id === platformId ? initial : undefined,
  });
  const none = t('common.none');

  return (
    <DetailDrawer
      title={t('platforms.detailTitle')}
      open={platformId != null}
      onClose={onClose}
      size={720}
      query={query}
      onEdit={canWrite ? onEdit : undefined}
      onDelete={canWrite ? onDelete : undefined}
      deleteConfirm={(p) => t('platforms.deleteConfirm', { name: p.name })}
    >
      {(p) => (
        <>
          <Flex vertical gap={16}>
            <div>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {p.name}
                {p.isDemo ? <DemoTag /> : null}
              </Typography.Title>
              <Flex gap={4} style={{ marginTop: 8 }}>
                <Tag>{platformKindLabel(t, p.kind)}</Tag>
                <LevelTag level={p.level} />
                <PlatformStatusTag status={p.status} />
                {p.isExpired ? <Tag color="warning">{t('platforms.expired')}</Tag> : null}
              </Flex>
            </div>
            <Descriptions
              column={1}
              bordered
              size="small"
              styles={DETAIL_STYLES}
              items={[
                { key: 'host', label: t('platforms.host'), children: p.hostName || none },
                { key: 'academicians', label: t('platforms.academicians'), children: p.academicians.length ? p.academicians.join('、') : none },
                { key: 'establishedOn', label: t('platforms.establishedOn'), children: p.establishedOn ?? none },
                { key: 'validUntil', label: t('platforms.validUntil'), children: p.validUntil ?? none },
                { key: 'org', label: t('platforms.org'), children: p.orgName },
                {
                  key: 'description',
                  label: t('platforms.description'),
                  children: p.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{p.description}</span> : none,
                },
              ]}
            />
            <RefList title={t('platforms.experts')} count={p.experts.length}>
              {p.experts.map((x) => (
                <RefRow key={x.id}>
                  <ExpertName expert={x} />
                </RefRow>
              ))}
            </RefList>
            <div>
              <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {t('platforms.assessments')}
                </Typography.Title>
                {can('platforms:assess') ? (
                  <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAssessOpen(true)}>
                    {t('platforms.addAssessment')}
                  </Button>
                ) : null}
              </Flex>
              <Table<TAssessment>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={p.assessments}
                locale={{ emptyText: t('platforms.noAssessments') }}
                columns={[
                  { title: t('platforms.year'), dataIndex: 'year', key: 'year', width: 90 },
                  { title: t('platforms.rating'), dataIndex: 'rating', key: 'rating', width: 100, render: (r: TAssessmentRating) => <RatingTag rating={r} /> },
                  { title: t('platforms.score'), dataIndex: 'score', key: 'score', width: 80, align: 'right', render: (s: number | null) => s ?? none },
                  { title: t('platforms.note'), dataIndex: 'note', key: 'note', render: (n: string | null) => n || none },
                ]}
              />
            </div>
          </Flex>
          <AssessmentModal platform={p} open={assessOpen} onClose={() => setAssessOpen(false)} />
        </>
      )}
    </DetailDrawer>
  );
}

interface TAssessValues {
  year?: number;
  rating?: TAssessmentRating;
  score?: number | null;
  note?: string;
}

/** 录入年度考核: one rating per platform and year (the server refuses a second one with 409). */
function AssessmentModal({ platform, open, onClose }: { platform: TPlatform; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const [form] = Form.useForm<TAssessValues>();
  const done = new Set(platform.assessments.map((a) => a.year));
  const lastYear = dayjs().year() - 1;
  const firstOpen = [lastYear, lastYear + 1, lastYear - 1].find((y) => !done.has(y)) ?? lastYear;

  const save = useMutation({
    mutationFn: (v: TAssessValues) => assessPlatform(platform.id, { year: v.year!, rating: v.rating!, score: v.score ?? null, note: v.note?.trim() || null }),
    onSuccess: () => {
      message.success(t('platforms.assessmentSaved'));
      qc.invalidateQueries({ queryKey: programKeys.platforms });
      onClose();
    },
    onError: (err) => showError(err, form),
  });

  return (
    <Modal
      title={t('platforms.addAssessmentTitle', { name: platform.name })}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ year: firstOpen }} clearOnDestroy>
        <Form.Item
          name="year"
          label={t('platforms.year')}
          rules={[
            { required: true, message: t('platforms.v.year') },
            { type: 'number', min: 1990, max: 2100, message: t('platforms.v.year') },
            {
              validator: (_, y?: number) => (y != null && done.has(y) ? Promise.reject(new Error(t('platforms.v.yearDone', { year: y }))) : Promise.resolve()),
            },
          ]}
        >
          <InputNumber style={{ width: 160 }} min={1990} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="rating" label={t('platforms.rating')} rules={[{ required: true, message: t('platforms.v.rating') }]}>
          <Radio.Group optionType="button" options={ASSESSMENT_RATINGS.map((r) => ({ value: r, label: t(ratingKey(r)) }))} />
        </Form.Item>
        <Form.Item name="score" label={t('platforms.score')} rules={[{ type: 'number', min: 0, max: 100, message: t('platforms.v.score') }]}>
          <InputNumber style={{ width: 160 }} min={0} max={100} precision={1} />
        </Form.Item>
        <Form.Item name="note" label={t('platforms.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
