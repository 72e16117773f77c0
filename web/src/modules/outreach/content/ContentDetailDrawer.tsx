import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Descriptions, Divider, Flex, Form, Input, Modal, Select, Table, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiError } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DetailDrawer } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import {
  CONTENT_CHANNELS,
  contentKeys,
  deleteContent,
  getContent,
  listColumns,
  listScreens,
  publishContent,
  type TChannel,
  type TContent,
  type TContentStatus,
  type TPublication,
  transitionContent,
  wechatExport,
  withdrawContent,
} from './api';
import { ChannelTag, StatusTag, useGroupLabel, useKindLabel } from './labels';
import { RichText } from './RichText';

const fmt = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '');

/** Copies rich HTML (text/html with a plain-text fallback) to the clipboard; false when the browser refuses. */
export async function copyHtml(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      return true;
    }
  } catch {
    // fall through: the dialog shows the HTML to copy by hand
  }
  return false;
}

function download(name: string, html: string) {
  const doc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${name.replace(/[<>&"]/g, '')}</title></head><body>${html}</body></html>`;
  const url = URL.createObjectURL(new Blob([doc], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/[\\/:*?"<>|]/g, '_').slice(0, 60)}.html`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function PublishModal({ content, open, onClose }: { content: TContent; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const showError = useApiError();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ channels: TChannel[]; screenIds?: number[]; columnIds?: number[] }>();
  const channels = Form.useWatch('channels', form) ?? [];
  const screens = useQuery({ queryKey: contentKeys.screens, queryFn: listScreens, enabled: open });
  const columns = useQuery({ queryKey: contentKeys.columns, queryFn: listColumns, enabled: open });
  const publish = useMutation({
    mutationFn: (v: { channels: TChannel[]; screenIds?: number[]; columnIds?: number[] }) => publishContent(content.id, v),
    onSuccess: () => {
      message.success(t('content.published'));
      qc.invalidateQueries({ queryKey: contentKeys.all });
      onClose();
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Modal
      open={open}
      title={t('content.publishTitle')}
      onCancel={onClose}
      okText={t('content.action.publish')}
      confirmLoading={publish.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ channels: content.status === 'published' ? [] : ['portal'], columnIds: content.columnId ? [content.columnId] : [] }}
        onFinish={(v) => publish.mutate(v)}
      >
        <Form.Item name="channels" label={t('content.channels')} rules={[{ required: true, message: t('content.channelsRequired') }]}>
          <Checkbox.Group options={CONTENT_CHANNELS.map((c) => ({ value: c, label: t(`content.channel.${c}`) }))} />
        </Form.Item>
        {channels.includes('bigscreen') ? (
          <Form.Item name="screenIds" label={t('content.screens')} extra={t('content.screensHint')}>
            <Select
              mode="multiple"
              aria-label={t('content.screens')}
              allowClear
              options={(screens.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.code}）` }))}
            />
          </Form.Item>
        ) : null}
        {channels.includes('column') ? (
          <Form.Item name="columnIds" label={t('content.columns')} rules={[{ required: true, message: t('content.columnsRequired') }]}>
            <Select mode="multiple" aria-label={t('content.columns')} options={(columns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

function ReasonModal({ title, open, required, onClose, onOk }: { title: string; open: boolean; required: boolean; onClose: () => void; onOk: (r: string) => Promise<unknown> }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: required && !reason.trim() }}
      onOk={async () => {
        setBusy(true);
        try {
          await onOk(reason.trim());
          setReason('');
          onClose();
        } finally {
          setBusy(false);
        }
      }}
      destroyOnHidden
    >
      <Input.TextArea aria-label={t('content.reason')} placeholder={t('content.reason')} rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}

function WechatModal({ content, open, onClose }: { content: TContent; open: boolean; onClose: () => void }) {
  const t = useT();
  const q = useQuery({ queryKey: ['contents', 'wechat', content.id, content.updatedAt], queryFn: () => wechatExport(content.id), enabled: open });
  return (
    <Modal open={open} title={t('content.wechat.title')} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Alert type="info" showIcon title={t('content.wechat.manual')} style={{ marginBottom: 12 }} />
      <Input.TextArea aria-label={t('content.wechat.html')} readOnly rows={8} value={q.data?.html ?? ''} onFocus={(e) => e.target.select()} />
      <Divider>{t('content.wechat.preview')}</Divider>
      {q.data ? <RichText html={q.data.html} fontSize={14} style={{ maxHeight: 360, overflow: 'auto', border: '1px solid #eee', padding: 12 }} /> : null}
    </Modal>
  );
}

export interface TContentDetailDrawerProps {
  contentId: number | null;
  initial?: TContent;
  onClose: () => void;
}

/** One content: its body, review actions (提交审核, 退回, 发布到渠道, 下线), the WeChat export and the publication history. */
export function ContentDetailDrawer({ contentId, initial, onClose }: TContentDetailDrawerProps) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const showError = useApiError();
  const { message } = App.useApp();
  const kindLabel = useKindLabel();
  const groupLabel = useGroupLabel();
  const [dialog, setDialog] = useState<null | 'publish' | 'return' | 'offline' | 'wechat'>(null);
  const query = useQuery({
    queryKey: contentKeys.one(contentId ?? 0),
    queryFn: () => getContent(contentId!),
    enabled: contentId != null,
    placeholderData: initial && initial.id === contentId ? initial : undefined,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: contentKeys.all });
  const move = useMutation({
    mutationFn: ({ to, reason }: { to: TContentStatus; reason?: string }) => transitionContent(contentId!, to, reason),
    onSuccess: () => {
      message.success(t('content.saved'));
      refresh();
    },
    onError: (e) => showError(e),
  });
  const withdraw = useMutation({
    mutationFn: (p: TPublication) => withdrawContent(contentId!, { publicationIds: [p.id] }),
    onSuccess: refresh,
    onError: (e) => showError(e),
  });
  const copyWechat = async (c: TContent) => {
    try {
      const out = await wechatExport(c.id);
      const plain = new DOMParser().parseFromString(out.html, 'text/html').body.textContent ?? '';
      if (await copyHtml(out.html, plain)) message.success(t('content.wechat.copied'));
      else setDialog('wechat');
    } catch (e) {
      showError(e);
    }
  };
  const downloadWechat = async (c: TContent) => {
    try {
      const out = await wechatExport(c.id);
      download(out.title, out.html);
    } catch (e) {
      showError(e);
    }
  };
  const none = t('common.none');

  return (
    <DetailDrawer<TContent>
      title={t('content.detailTitle')}
      open={contentId != null}
      onClose={onClose}
      size={820}
      query={query}
      onEdit={query.data?.canEdit ? (c) => navigate(`/admin/outreach/contents/${c.id}/edit`) : undefined}
      onDelete={
        query.data?.status === 'draft' && !query.data.publishedAt && query.data.canEdit
          ? async (c) => {
              await deleteContent(c.id);
              refresh();
              onClose();
            }
          : undefined
      }
      deleteConfirm={(c) => t('content.deleteConfirm', { title: c.title })}
    >
      {(c) => (
        <Flex vertical gap={16}>
          <Flex wrap gap={8}>
            {c.allowed.includes('pending') ? (
              <Button type="primary" loading={move.isPending} onClick={() => move.mutate({ to: 'pending' })}>
                {t('content.action.submit')}
              </Button>
            ) : null}
            {c.canPublish ? (
              <Button type={c.status === 'pending' ? 'primary' : 'default'} onClick={() => setDialog('publish')}>
                {c.status === 'pending' ? t('content.action.approve') : t('content.action.publish')}
              </Button>
            ) : null}
            {c.status === 'pending' && c.allowed.includes('draft') ? (
              <Button danger onClick={() => setDialog('return')}>
                {t('content.action.return')}
              </Button>
            ) : null}
            {c.allowed.includes('offline') ? (
              <Button danger onClick={() => setDialog('offline')}>
                {t('content.action.offline')}
              </Button>
            ) : null}
            {c.status === 'offline' && c.allowed.includes('draft') ? (
              <Button onClick={() => move.mutate({ to: 'draft' })}>{t('content.action.reedit')}</Button>
            ) : null}
            <Button icon={<CopyOutlined />} onClick={() => copyWechat(c)}>
              {t('content.action.wechat')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => downloadWechat(c)}>
              {t('content.action.wechatDownload')}
            </Button>
          </Flex>
          {c.returnReason && c.status === 'draft' ? <Alert type="warning" showIcon title={t('content.returnedWith', { reason: c.returnReason })} /> : null}
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              {
                key: 'title',
                label: t('content.title'),
                span: 2,
                children: (
                  <span>
                    {c.title}
                    {c.isDemo ? <DemoTag /> : null}
                  </span>
                ),
              },
              { key: 'status', label: t('content.status'), children: <StatusTag status={c.status} /> },
              { key: 'kind', label: t('content.kind'), children: kindLabel(c.kind) },
              { key: 'channels', label: t('content.channels'), span: 2, children: c.channels.length ? c.channels.map((ch) => <ChannelTag key={ch} channel={ch} />) : none },
              { key: 'column', label: t('content.column'), children: c.columnName ?? none },
              { key: 'org', label: t('content.org'), children: c.orgName },
              { key: 'author', label: t('content.author'), children: c.author ?? none },
              { key: 'source', label: t('content.source'), children: c.source ?? none },
              { key: 'groups', label: t('content.targetGroups'), span: 2, children: c.targetGroups.length ? c.targetGroups.map((g) => <Tag key={g}>{groupLabel(g)}</Tag>) : none },
              { key: 'tags', label: t('content.tags'), span: 2, children: c.tags.length ? c.tags.map((g) => <Tag key={g}>{g}</Tag>) : none },
              ...(c.videoUrl
                ? [
                    {
                      key: 'video',
                      label: t('content.videoUrl'),
                      span: 2,
                      children: (
                        <a href={c.videoUrl} target="_blank" rel="noopener noreferrer">
                          {c.videoUrl}
                        </a>
                      ),
                    },
                  ]
                : []),
              { key: 'summary', label: t('content.summary'), span: 2, children: c.summary ?? none },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('content.body')}</Typography.Title>
            {c.body ? <RichText html={c.body} fontSize={14} /> : <Typography.Text type="secondary">{none}</Typography.Text>}
          </div>
          <div>
            <Typography.Title level={5}>{t('content.publications')}</Typography.Title>
            <Table<TPublication>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={c.publications}
              locale={{ emptyText: t('content.noPublications') }}
              columns={[
                { title: t('content.channel'), key: 'channel', render: (_, p) => <ChannelTag channel={p.channel} suffix={p.screenName ?? p.columnName} /> },
                { title: t('content.publishedBy'), key: 'by', render: (_, p) => `${p.publishedByName ?? ''} ${fmt(p.publishedAt)}` },
                {
                  title: t('content.withdrawn'),
                  key: 'withdrawn',
                  render: (_, p) =>
                    p.active ? (
                      c.canPublish ? (
                        <Button size="small" type="link" danger loading={withdraw.isPending} onClick={() => withdraw.mutate(p)}>
                          {t('content.action.withdraw')}
                        </Button>
                      ) : (
                        <Tag color="success">{t('content.active')}</Tag>
                      )
                    ) : (
                      `${p.withdrawnByName ?? ''} ${fmt(p.withdrawnAt)}${p.withdrawReason ? `：${p.withdrawReason}` : ''}`
                    ),
                },
              ]}
            />
          </div>
          {c.history?.length ? (
            <div>
              <Typography.Title level={5}>{t('content.history')}</Typography.Title>
              <Timeline
                items={c.history.map((h, i) => ({
                  key: i,
                  content: `${fmt(h.at)} ${h.actorName ?? ''}：${h.fromLabel} → ${h.toLabel}${h.reason ? `（${h.reason}）` : ''}`,
                }))}
              />
            </div>
          ) : null}
          <PublishModal content={c} open={dialog === 'publish'} onClose={() => setDialog(null)} />
          <ReasonModal
            title={t('content.action.return')}
            required
            open={dialog === 'return'}
            onClose={() => setDialog(null)}
            onOk={(reason) => move.mutateAsync({ to: 'draft', reason })}
          />
          <ReasonModal
            title={t('content.action.offline')}
            required={false}
            open={dialog === 'offline'}
            onClose={() => setDialog(null)}
            onOk={(reason) => move.mutateAsync({ to: 'offline', reason })}
          />
          <WechatModal content={c} open={dialog === 'wechat'} onClose={() => setDialog(null)} />
        </Flex>
      )}
    </DetailDrawer>
  );
}
