import { CopyOutlined, DesktopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DemoTag } from '../../people/PersonTags';
import { contentKeys, createScreen, deleteScreen, listColumns, listScreens, type TScreen, updateScreen } from './api';

const kioskUrl = (s: TScreen) => `${window.location.origin}${s.kioskPath}`;

/** 科普大屏: the kiosk screens, the columns each plays, its rotation, and its kiosk URL to copy. */
export default function ScreensPage() {
  const t = useT();
  const qc = useQueryClient();
  const { can } = useAuth();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const canWrite = can('screens:write');
  const [form] = Form.useForm<Partial<TScreen>>();
  const [editing, setEditing] = useState<TScreen | null | undefined>(undefined);
  const q = useQuery({ queryKey: contentKeys.screens, queryFn: listScreens });
  const columns = useQuery({ queryKey: contentKeys.columns, queryFn: listColumns, staleTime: 60_000 });
  const save = useMutation({
    mutationFn: (v: Partial<TScreen>) => (editing ? updateScreen(editing.id, v) : createScreen(v)),
    onSuccess: () => {
      message.success(t('content.saved'));
      qc.invalidateQueries({ queryKey: contentKeys.screens });
      setEditing(undefined);
    },
    onError: (e) => showError(e, form),
  });
  const remove = useMutation({
    mutationFn: (s: TScreen) => deleteScreen(s.id),
    onSuccess: () => qc.invalidateQueries({ queryKey: contentKeys.screens }),
    onError: (e) => showError(e),
  });
  const copy = async (s: TScreen) => {
    try {
      await navigator.clipboard.writeText(kioskUrl(s));
      message.success(t('content.screens.copied'));
    } catch {
      Modal.info({ title: t('content.screens.kioskUrl'), content: <Typography.Text copyable>{kioskUrl(s)}</Typography.Text> });
    }
  };
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('content.screens.pageTitle')}
        </Typography.Title>
        {canWrite ? (
          <Button type="primary" onClick={() => setEditing(null)}>
            {t('content.screens.new')}
          </Button>
        ) : null}
      </Flex>
      {q.error ? <Alert type="error" showIcon title={errorText(q.error)} /> : null}
      <Card variant="borderless">
        <Table<TScreen>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items}
          pagination={false}
          scroll={{ x: 1100 }}
          columns={[
            {
              title: t('content.screens.name'),
              dataIndex: 'name',
              width: 200,
              render: (n: string, s) => (
                <span>
                  {n}
                  {s.isDemo ? <DemoTag /> : null}
                </span>
              ),
            },
            { title: t('content.screens.code'), dataIndex: 'code', width: 150 },
            { title: t('content.screens.location'), dataIndex: 'location', ellipsis: true, width: 220 },
            { title: t('content.screens.columns'), key: 'cols', width: 220, render: (_, s) => s.columnNames.map((n) => <Tag key={n}>{n}</Tag>) },
            { title: t('content.screens.pinned'), dataIndex: 'pinnedCount', width: 90 },
            { title: t('content.screens.rotate'), dataIndex: 'rotateSeconds', width: 90, render: (v: number) => t('content.screens.seconds', { n: v }) },
            {
              title: t('content.screens.active'),
              dataIndex: 'isActive',
              width: 80,
              render: (v: boolean) => (v ? <Tag color="success">{t('content.screens.on')}</Tag> : <Tag>{t('content.screens.off')}</Tag>),
            },
            { title: t('content.org'), dataIndex: 'orgName', width: 170, ellipsis: true },
            {
              title: t('common.actions'),
              key: 'actions',
              fixed: 'right',
              width: 260,
              render: (_, s) => (
                <Space size={0} wrap>
                  <Button type="link" size="small" icon={<CopyOutlined />} onClick={() => copy(s)}>
                    {t('content.screens.copyUrl')}
                  </Button>
                  <Button type="link" size="small" icon={<DesktopOutlined />} href={s.kioskPath} target="_blank">
                    {t('content.screens.open')}
                  </Button>
                  {canWrite ? (
                    <>
                      <Button type="link" size="small" onClick={() => setEditing(s)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm title={t('content.screens.deleteConfirm', { name: s.name })} onConfirm={() => remove.mutateAsync(s)}>
                        <Button type="link" size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={editing !== undefined}
        title={editing ? t('content.screens.edit') : t('content.screens.new')}
        onCancel={() => setEditing(undefined)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={editing ?? { rotateSeconds: 20, isActive: true, columnIds: [] }}
          onFinish={(v) =>
            save.mutate({ code: v.code, name: v.name, location: v.location || null, columnIds: v.columnIds ?? [], rotateSeconds: v.rotateSeconds, isActive: v.isActive })
          }
        >
          <Form.Item name="code" label={t('content.screens.code')} extra={t('content.screens.codeHint')} rules={[{ required: true }, { pattern: /^[a-z0-9][a-z0-9-]{1,39}$/, message: t('content.screens.codeHint') }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="name" label={t('content.screens.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="location" label={t('content.screens.location')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="columnIds" label={t('content.screens.columns')}>
            <Select mode="multiple" aria-label={t('content.screens.columns')} options={(columns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item name="rotateSeconds" label={t('content.screens.rotate')}>
            <InputNumber min={5} max={600} addonAfter={t('content.screens.secondsUnit')} />
          </Form.Item>
          <Form.Item name="isActive" label={t('content.screens.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
