import { ArrowLeftOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Row, Select, Skeleton, Typography, Upload } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LIMITS } from '../../../../../shared/limits';
import { TARGET_GROUPS, type TTargetGroup } from '../../../../../shared/outreach';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import {
  CONTENT_KINDS,
  contentKeys,
  createContent,
  getContent,
  listColumns,
  type TContentInput,
  type TContentKind,
  transitionContent,
  updateContent,
  uploadImage,
} from './api';
import { useGroupLabel, useKindLabel } from './labels';
import { RichEditor } from './RichEditor';

interface TValues {
  kind: TContentKind;
  title: string;
  summary?: string;
  body?: string;
  columnId?: number | null;
  targetGroups?: TTargetGroup[];
  tags?: string[];
  author?: string;
  source?: string;
  coverUrl?: string;
  videoUrl?: string;
  posterUrl?: string;
}

const toInput = (v: TValues): TContentInput => ({
  kind: v.kind,
  title: v.title,
  summary: v.summary || null,
  body: v.body ?? '',
  columnId: v.columnId ?? null,
  targetGroups: v.targetGroups ?? [],
  tags: v.tags ?? [],
  author: v.author || null,
  source: v.source || null,
  coverUrl: v.coverUrl || null,
  videoUrl: v.kind === 'video' ? v.videoUrl || null : null,
  posterUrl: v.kind === 'video' ? v.posterUrl || null : null,
});

function ImageUrlInput({ value, onChange, label }: { value?: string; onChange?: (v: string) => void; label: string }) {
  const showError = useApiError();
  const t = useT();
  return (
    <Flex gap={8}>
      <Input aria-label={label} value={value} onChange={(e) => onChange?.(e.target.value)} placeholder="https://… / /api/v1/files/…" />
      <Upload
        accept="image/*"
        showUploadList={false}
        customRequest={async ({ file }) => {
          try {
            onChange?.(await uploadImage(file as File));
          } catch (e) {
            showError(e);
          }
        }}
      >
        <Button icon={<UploadOutlined />}>{t('content.upload')}</Button>
      </Upload>
    </Flex>
  );
}

/** 编辑科普内容: the rich-text editor page (lazily loaded with Tiptap), for a new content or one being edited. */
export default function ContentEditorPage() {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const kindLabel = useKindLabel();
  const groupLabel = useGroupLabel();
  const id = Number(useParams().id) || null;
  const [form] = Form.useForm<TValues>();
  const kind = Form.useWatch('kind', form);
  const record = useQuery({ queryKey: contentKeys.one(id ?? 0), queryFn: () => getContent(id!), enabled: id != null });
  const columns = useQuery({ queryKey: contentKeys.columns, queryFn: listColumns, staleTime: 60_000 });
  useEffect(() => {
    const c = record.data;
    if (c)
      form.setFieldsValue({
        kind: c.kind,
        title: c.title,
        summary: c.summary ?? undefined,
        body: c.body,
        columnId: c.columnId,
        targetGroups: c.targetGroups,
        tags: c.tags,
        author: c.author ?? undefined,
        source: c.source ?? undefined,
        coverUrl: c.coverUrl ?? undefined,
        videoUrl: c.videoUrl ?? undefined,
        posterUrl: c.posterUrl ?? undefined,
      });
  }, [record.data, form]);

  const save = useMutation({
    mutationFn: async ({ values, submit }: { values: TValues; submit: boolean }) => {
      const saved = id ? await updateContent(id, toInput(values)) : await createContent(toInput(values));
      return submit ? transitionContent(saved.id, 'pending') : saved;
    },
    onSuccess: (saved, { submit }) => {
      message.success(submit ? t('content.submitted') : t('content.saved'));
      qc.invalidateQueries({ queryKey: contentKeys.all });
      navigate(`/admin/outreach/contents?view=${saved.id}`);
    },
    onError: (e) => showError(e, form),
  });
  const submitWith = (submit: boolean) =>
    form
      .validateFields()
      .then((values) => save.mutate({ values, submit }))
      .catch(() => undefined);

  if (id && record.isLoading) return <Skeleton active />;
  if (record.error) return <Alert type="error" showIcon title={errorText(record.error)} />;
  const canSubmit = !id || record.data?.status === 'draft';

  return (
    <Flex vertical gap={16}>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Flex align="center" gap={8}>
          <Link to="/admin/outreach/contents">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('content.backToList')} />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {id ? t('content.editTitle') : t('content.new')}
          </Typography.Title>
        </Flex>
        <Flex gap={8}>
          <Button loading={save.isPending} onClick={() => submitWith(false)}>
            {t('content.saveDraft')}
          </Button>
          {canSubmit ? (
            <Button type="primary" loading={save.isPending} onClick={() => submitWith(true)}>
              {t('content.saveSubmit')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {record.data?.returnReason && record.data.status === 'draft' ? (
        <Alert type="warning" showIcon title={t('content.returnedWith', { reason: record.data.returnReason })} />
      ) : null}
      <Form<TValues> form={form} layout="vertical" initialValues={{ kind: 'article', targetGroups: [], tags: [] }} requiredMark>
        <Row gutter={16}>
          <Col xs={24} lg={16}>
            <Card variant="borderless">
              <Form.Item name="kind" label={t('content.kind')}>
                <Radio.Group options={CONTENT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} optionType="button" />
              </Form.Item>
              <Form.Item name="title" label={t('content.title')} rules={[{ required: true, whitespace: true, message: t('content.titleRequired') }, { max: LIMITS.textMax }]}>
                <Input maxLength={LIMITS.textMax} />
              </Form.Item>
              <Form.Item name="summary" label={t('content.summary')} rules={[{ max: 1000 }]}>
                <Input.TextArea rows={2} maxLength={1000} showCount />
              </Form.Item>
              {kind === 'video' ? (
                <>
                  <Form.Item
                    name="videoUrl"
                    label={t('content.videoUrl')}
                    rules={[{ required: true, message: t('content.videoRequired') }, { pattern: /^https?:\/\//i, message: t('content.httpOnly') }]}
                  >
                    <Input placeholder="https://" />
                  </Form.Item>
                  <Form.Item name="posterUrl" label={t('content.posterUrl')}>
                    <ImageUrlInput label={t('content.posterUrl')} />
                  </Form.Item>
                </>
              ) : null}
              <Form.Item name="body" label={t('content.body')}>
                <RichEditor aria-label={t('content.body')} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card variant="borderless">
              <Form.Item name="columnId" label={t('content.column')}>
                <Select allowClear aria-label={t('content.column')} options={(columns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
              </Form.Item>
              <Form.Item name="coverUrl" label={t('content.coverUrl')}>
                <ImageUrlInput label={t('content.coverUrl')} />
              </Form.Item>
              <Form.Item name="targetGroups" label={t('content.targetGroups')}>
                <Checkbox.Group options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g) }))} />
              </Form.Item>
              <Form.Item name="tags" label={t('content.tags')}>
                <Select mode="tags" aria-label={t('content.tags')} tokenSeparators={[',', '，']} maxCount={20} />
              </Form.Item>
              <Form.Item name="author" label={t('content.author')}>
                <Input maxLength={LIMITS.nameMax} />
              </Form.Item>
              <Form.Item name="source" label={t('content.source')}>
                <Input maxLength={LIMITS.textMax} />
              </Form.Item>
            </Card>
          </Col>
        </Row>
      </Form>
    </Flex>
  );
}
