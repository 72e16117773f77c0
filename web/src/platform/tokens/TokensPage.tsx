import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useApiError, useErrorText } from '../../app/hooks/useApiError';
import { useT } from '../../app/i18n';

export interface TApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const TOKENS_KEY = ['auth', 'tokens'] as const;

/** API 令牌: the user's own tokens for scripts; issue (password again) and revoke. */
export default function TokensPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const tokens = useQuery({ queryKey: TOKENS_KEY, queryFn: () => api.get<{ items: TApiToken[] }>('/api/v1/auth/tokens') });
  const revoke = useMutation({
    mutationFn: (id: number) => api.delete(`/api/v1/auth/tokens/${id}`),
    onSuccess: () => {
      message.success(t('tokens.revoked'));
      qc.invalidateQueries({ queryKey: TOKENS_KEY });
    },
    onError: (err) => showError(err),
  });
  const fmt = (d: string | null) => (d ? dayjs(d).format('YYYY-MM-DD HH:mm') : t('common.none'));
  const items = [...(tokens.data?.items ?? [])].sort((a, b) => (a.revokedAt ? 1 : 0) - (b.revokedAt ? 1 : 0) || b.id - a.id);

  return (
    <Card
      variant="borderless"
      title={t('tokens.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('tokens.new')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('tokens.intro')}
        </Typography.Paragraph>
        {tokens.error ? <Alert type="error" showIcon title={errorText(tokens.error)} /> : null}
        <Table<TApiToken>
          rowKey="id"
          size="middle"
          loading={tokens.isFetching}
          dataSource={items}
          pagination={false}
          columns={[
            { title: t('tokens.name'), dataIndex: 'name', key: 'name' },
            { title: t('tokens.prefix'), dataIndex: 'prefix', key: 'prefix', render: (p: string) => <code>{p}…</code> },
            { title: t('tokens.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: fmt },
            { title: t('tokens.lastUsed'), dataIndex: 'lastUsedAt', key: 'lastUsedAt', render: fmt },
            {
              title: t('tokens.status'),
              key: 'status',
              render: (_, tk) => (tk.revokedAt ? <Tag>{t('tokens.revokedTag')}</Tag> : <Tag color="green">{t('tokens.active')}</Tag>),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, tk) =>
                tk.revokedAt ? null : (
                  <Popconfirm
                    title={t('tokens.revokeConfirm')}
                    okText={t('tokens.revoke')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => revoke.mutateAsync(tk.id)}
                  >
                    <Button type="link" danger size="small">
                      {t('tokens.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Flex>
      <NewTokenModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

/** POST /api/v1/auth/token needs the password again; the secret is shown once. */
function NewTokenModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { me } = useAuth();
  const showError = useApiError();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ name: string; password: string }>();
  const [issued, setIssued] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: (v: { name: string; password: string }) =>
      api.post<{ token: string; id: number; prefix: string }>('/api/v1/auth/token', { username: me?.username, password: v.password, name: v.name.trim() }),
    onSuccess: (r) => {
      setIssued(r.token);
      qc.invalidateQueries({ queryKey: TOKENS_KEY });
    },
    onError: (err) => showError(err, form),
  });
  const close = () => {
    setIssued(null);
    issue.reset();
    onClose();
  };
  return (
    <Modal
      title={t('tokens.new')}
      open={open}
      onCancel={close}
      destroyOnHidden
      footer={
        issued ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={issue.isPending} onClick={() => form.submit()}>
              {t('common.create')}
            </Button>
          </Flex>
        )
      }
    >
      {issued ? (
        <Flex vertical gap={12}>
          <Alert type="warning" showIcon title={t('tokens.issued')} />
          <Typography.Paragraph copyable={{ text: issued }} code style={{ wordBreak: 'break-all' }}>
            {issued}
          </Typography.Paragraph>
        </Flex>
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => issue.mutate(v)} clearOnDestroy>
          <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input placeholder={t('tokens.namePlaceholder')} maxLength={100} />
          </Form.Item>
          <Form.Item name="password" label={t('tokens.password')} extra={t('tokens.passwordHint')} rules={[{ required: true, message: t('pwd.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
