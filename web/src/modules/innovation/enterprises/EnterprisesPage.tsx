import { FilterFilled, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Drawer, Flex, Input, Popconfirm, Select, Space, Table, type TableProps, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { ENTERPRISE_SCALES, type TEnterprise, deleteEnterprise, enterpriseKeys, getEnterprise, listEnterprises, readEnterpriseQuery } from '../api';
import { DESC_LABEL, DemoTag, TagList, allClusters, scaleLabel, sortOrderOf, useUrlQuery } from '../labels';
import { EnterpriseFormDrawer } from './EnterpriseFormDrawer';
import { RecordLink } from '../../../app/components/RecordLink';

function EnterpriseDetailDrawer({ id, initial, onClose }: { id: number | null; initial?: TEnterprise; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const query = useQuery({
    queryKey: enterpriseKeys.one(id ?? 0),
    queryFn: () => getEnterprise(id!),
    enabled: id != null,
    placeholderData: initial && initial.id === id ? initial : undefined,
  });
  const e = query.data;
  const none = t('common.none');
  return (
    <Drawer title={t('ent.detailTitle')} open={id != null} onClose={onClose} size={600}>
      {query.error ? <Alert type="error" showIcon title={errorText(query.error)} /> : null}
      {e ? (
        <Flex vertical gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {e.name}
            {e.isHighTech ? (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                {t('ent.highTechShort')}
              </Tag>
            ) : null}
            {e.isDemo ? <DemoTag /> : null}
          </Typography.Title>
          <Descriptions
            column={1}
            bordered
            size="small"
            styles={{ label: DESC_LABEL }}
            items={[
              { key: 'creditCode', label: t('ent.creditCode'), children: <Typography.Text code>{e.creditCode}</Typography.Text> },
              { key: 'org', label: t('ent.org'), children: e.orgName },
              { key: 'industry', label: t('ent.industry'), children: e.industry || none },
              { key: 'clusters', label: t('ent.clusters'), children: <TagList items={e.clusters} color="purple" /> },
              { key: 'scale', label: t('ent.scale'), children: e.scale ? scaleLabel(t, e.scale) : none },
              { key: 'address', label: t('ent.address'), children: e.address || none },
              { key: 'contactName', label: t('ent.contactName'), children: e.contactName || none },
              { key: 'contactPhone', label: t('ent.contactPhone'), children: e.contactPhone || none },
              {
                key: 'demands',
                label: t('ent.demandCount'),
                children: <Link to={`/admin/demands?enterpriseId=${e.id}`}>{e.demandCount}</Link>,
              },
              {
                key: 'accounts',
                label: t('ent.accounts'),
                children: e.users.length ? e.users.map((u) => <Tag key={u.userId}>{`${u.displayName}（${u.username}）`}</Tag>) : none,
              },
              { key: 'intro', label: t('ent.intro'), children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.intro || none}</Typography.Paragraph> },
            ]}
          />
        </Flex>
      ) : null}
    </Drawer>
  );
}

/** 企业库: enterprises of the user's subtree (enterprise users: their own). */
export default function EnterprisesPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can } = useAuth();
  const canWrite = can('enterprises:write');
  const clusters = allClusters(useCityConfig().data?.clusters);
  const { params, update, clear } = useUrlQuery();
  const query = useMemo(() => readEnterpriseQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [editing, setEditing] = useState<TEnterprise | null | undefined>(undefined);

  const list = useQuery({
    queryKey: enterpriseKeys.list(query),
    queryFn: ({ signal }) => listEnterprises(query, signal),
    placeholderData: keepPreviousData,
  });
  const viewId = Number(params.get('view')) || null;
  const viewRow = list.data?.items.find((x) => x.id === viewId);

  const remove = useMutation({
    mutationFn: (e: TEnterprise) => deleteEnterprise(e.id),
    onSuccess: (_, e) => {
      message.success(t('common.deleted'));
      if (viewId === e.id) update({ view: null });
      qc.invalidateQueries({ queryKey: enterpriseKeys.all });
    },
    onError: (err) => showError(err),
  });

  const filterIcon = (filtered: boolean) => <FilterFilled aria-label={t('common.filter')} style={{ color: filtered ? '#1556d3' : undefined }} />;
  const none = t('common.none');

  const columns: TableProps<TEnterprise>['columns'] = [
    {
      title: t('ent.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'name'),
      fixed: 'left',
      width: 240,
      render: (name: string, e) => (
        <span>
          <RecordLink view={e.id} onOpen={() => update({ view: e.id })}>{name}</RecordLink>
          {e.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('ent.creditCode'), dataIndex: 'creditCode', key: 'creditCode', width: 190, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: t('ent.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 160 },
    { title: t('ent.industry'), dataIndex: 'industry', key: 'industry', ellipsis: true, width: 140, render: (v) => v || none },
    {
      title: t('ent.clusters'),
      dataIndex: 'clusters',
      key: 'cluster',
      width: 180,
      filters: clusters.map((c) => ({ text: c, value: c })),
      filterMultiple: false,
      filterSearch: true,
      filterIcon,
      filteredValue: query.cluster ? [query.cluster] : null,
      render: (v: string[]) => <TagList items={v} color="purple" />,
    },
    {
      title: t('ent.scale'),
      dataIndex: 'scale',
      key: 'scale',
      width: 90,
      filters: ENTERPRISE_SCALES.map((s) => ({ text: scaleLabel(t, s), value: s })),
      filterMultiple: false,
      filterIcon,
      filteredValue: query.scale ? [query.scale] : null,
      render: (v: TEnterprise['scale']) => (v ? scaleLabel(t, v) : none),
    },
    {
      title: t('ent.highTech'),
      dataIndex: 'isHighTech',
      key: 'isHighTech',
      width: 110,
      filters: [
        { text: t('common.yes'), value: 'true' },
        { text: t('common.no'), value: 'false' },
      ],
      filterMultiple: false,
      filterIcon,
      filteredValue: query.isHighTech ? [query.isHighTech] : null,
      render: (v: boolean) => (v ? <Tag color="blue">{t('ent.highTechShort')}</Tag> : none),
    },
    { title: t('ent.contactName'), dataIndex: 'contactName', key: 'contactName', width: 100, render: (v) => v || none },
    { title: t('ent.contactPhone'), dataIndex: 'contactPhone', key: 'contactPhone', width: 130, render: (v) => v || none },
    {
      title: t('ent.demandCount'),
      dataIndex: 'demandCount',
      key: 'demandCount',
      width: 90,
      align: 'right',
      render: (n: number, e) => <Link to={`/admin/demands?enterpriseId=${e.id}`}>{n}</Link>,
    },
    {
      title: t('people.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'updatedAt'),
      width: 150,
      render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, e) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => update({ view: e.id })}>
            {t('common.view')}
          </Button>
          {canWrite ? (
            <>
              <Button type="link" size="small" onClick={() => setEditing(e)}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('ent.deleteConfirm', { name: e.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(e)}
              >
                <Button type="link" size="small" danger>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </>
          ) : null}
        </Space>
      ),
    },
  ];

  const onTableChange: TableProps<TEnterprise>['onChange'] = (pagination, filters, sorter, extra) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TEnterprise>;
    const first = (k: string) => (filters[k]?.[0] as string | undefined) ?? undefined;
    const sort = s?.order && s.columnKey ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
    const patch: Record<string, string | number | undefined> = { cluster: first('cluster'), scale: first('scale'), isHighTech: first('isHighTech'), sort };
    if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
    update(patch);
  };

  const hasFilters = !!(query.q || query.orgId || query.cluster || query.scale || query.isHighTech);

  return (
    <Card variant="borderless" title={t('ent.pageTitle')}>
      <Flex vertical gap={12}>
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('ent.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 340 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            {canWrite ? (
              <OrgTreeSelect placeholder={t('people.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
            ) : null}
            <Select<string>
              allowClear
              showSearch
              placeholder={t('ent.clusters')}
              aria-label={t('ent.clusterFilter')}
              value={query.cluster}
              onChange={(cluster) => update({ cluster })}
              options={clusters.map((c) => ({ value: c, label: c }))}
              style={{ width: 150 }}
              popupMatchSelectWidth={false}
            />
            {hasFilters ? (
              <Button
                onClick={() => {
                  setSearchText('');
                  clear();
                }}
              >
                {t('people.clearFilters')}
              </Button>
            ) : null}
          </Flex>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
              {t('ent.new')}
            </Button>
          ) : null}
        </Flex>

        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<TEnterprise>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 1760 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Flex>

      <EnterpriseFormDrawer open={editing !== undefined} enterprise={editing ?? null} onClose={() => setEditing(undefined)} />
      <EnterpriseDetailDrawer id={viewId} initial={viewRow} onClose={() => update({ view: null })} />
    </Card>
  );
}
