import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { DemoTag } from '../../people/PersonTags';
import { contentKeys, createColumn, deleteColumn, listColumns, type TColumn, updateColumn } from './api';

/** 科普栏目: the series on the portal (name, description, order); each has its portal page. */
export default function ColumnsPage() {
  const t = useT();
  const qc = useQueryClient();
  const { can } = useAuth();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const [form] = Form.useForm<Partial<TColumn>>();
  const [editing, setEditing] = useState<TColumn | null | undefined>(undefined);
  const q = useQuery({ queryKey: contentKeys.columns, queryFn: listColumns });
  const save = useMutation({
    mutationFn: (v: Partial<TColumn>) => (editing ? updateColumn(editing.id, v) : createColumn(v)),
    onSuccess: () => {
      message.success(t('content.saved'));
      qc.invalidateQueries({ queryKey: contentKeys.columns });
      setEditing(undefined);
    },
    onError: (e) => showError(e, form),
  });
  const remove = useMutation({
    mutationFn: (c: TColumn) => deleteColumn(c.id),
    onSuccess: () => qc.invalidateQueries({ queryKey: contentKeys.columns }),
    onError: (e) => showError(e),
  });
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('content.columns.pageTitle')}
        </Typography.Title>
        {can('content:review') ? (
          <Button type="primary" onClick={() => setEditing(null)}>
            {t('content.columns.new')}
          </Button>
        ) : null}
      </Flex>
      {q.error ? <Alert type="error" showIcon title={errorText(q.error)} /> : null}
      <Card variant="borderless">
        <Table<TColumn>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items}
          pagination={false}
          columns={[
            {
              title: t('content.columns.name'),
              dataIndex: 'name',
              render: (n: string, c) => (
                <span>
                  <Link to={`/portal/kepu/columns/${c.id}`} target="_blank">
                    {n}
                  </Link>
                  {c.isDemo ? <DemoTag /> : null}
                </span>
              ),
            },
            { title: t('content.columns.description'), dataIndex: 'description', ellipsis: true },
            { title: t('content.columns.sortOrder'), dataIndex: 'sortOrder', width: 80 },
            { title: t('content.columns.count'), dataIndex: 'contentCount', width: 100 },
            { title: t('content.org'), dataIndex: 'orgName', width: 180 },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 140,
              render: (_, c) =>
                c.canEdit ? (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => setEditing(c)}>
                      {t('common.edit')}
                    </Button>
                    <Popconfirm title={t('content.columns.deleteConfirm', { name: c.name })} onConfirm={() => remove.mutateAsync(c)}>
                      <Button type="link" size="small" danger>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal
        open={editing !== undefined}
        title={editing ? t('content.columns.edit') : t('content.columns.new')}
        onCancel={() => setEditing(undefined)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={editing ?? { sortOrder: ((q.data?.items.at(-1)?.sortOrder ?? 0) as number) + 10 }}
          onFinish={(v) => save.mutate({ name: v.name, description: v.description || null, sortOrder: v.sortOrder })}
        >
          <Form.Item name="name" label={t('content.columns.name')} rules={[{ required: true, whitespace: true }, { max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="description" label={t('content.columns.description')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('content.columns.sortOrder')}>
            <InputNumber min={0} max={10000} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
