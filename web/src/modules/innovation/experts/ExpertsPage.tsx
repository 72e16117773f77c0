import { FilterFilled, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Select, Space, Table, type TableProps, Tag, Tooltip } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useApiError, useErrorText } from '../../../app/hooks/useApiError';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { type TExpert, type TExpertSummary, deleteExpert, expertKeys, getExpert, listExperts, readExpertQuery } from '../api';
import { DemoTag, allClusters, sortOrderOf, useUrlQuery } from '../labels';
import { ExpertDetailDrawer } from './ExpertDetailDrawer';
import { ExpertFormDrawer } from './ExpertFormDrawer';
import { RecordLink } from '../../../app/components/RecordLink';

function FirstTags({ items, color }: { items: string[]; color?: string }) {
  const t = useT();
  if (items.length === 0) return <>{t('common.none')}</>;
  return (
    <Tooltip title={items.length > 2 ? items.join('、') : undefined}>
      <Flex gap={4} style={{ overflow: 'hidden' }}>
        {items.slice(0, 2).map((x) => (
          <Tag key={x} color={color} style={{ marginInlineEnd: 0, maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {x}
          </Tag>
        ))}
        {items.length > 2 ? <Tag style={{ marginInlineEnd: 0 }}>+{items.length - 2}</Tag> : null}
      </Flex>
    </Tooltip>
  );
}

/** 专家库: the city-wide expert registry, searched on the server (name, 拼音, unit, discipline, keyword). */
export default function ExpertsPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can } = useAuth();
  const canWrite = can('experts:write');
  const config = useCityConfig().data;
  const clusters = allClusters(config?.clusters);
  const { params, update, clear } = useUrlQuery();
  const query = useMemo(() => readExpertQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [editing, setEditing] = useState<TExpert | null | undefined>(undefined); // undefined: closed, null: new

  const list = useQuery({
    queryKey: expertKeys.list(query),
    queryFn: ({ signal }) => listExperts(query, signal),
    placeholderData: keepPreviousData,
  });
  const viewId = Number(params.get('view')) || null;
  const viewRow = list.data?.items.find((x) => x.id === viewId);

  const remove = useMutation({
    mutationFn: (e: { id: number }) => deleteExpert(e.id),
    onSuccess: (_, e) => {
      message.success(t('common.deleted'));
      if (viewId === e.id) update({ view: null });
      qc.invalidateQueries({ queryKey: expertKeys.all });
    },
    onError: (err) => showError(err),
  });

  const openEdit = async (id: number) => {
    try {
      setEditing(await qc.fetchQuery({ queryKey: expertKeys.one(id), queryFn: () => getExpert(id) }));
    } catch (err) {
      showError(err);
    }
  };

  const filterIcon = (filtered: boolean) => <FilterFilled aria-label={t('common.filter')} style={{ color: filtered ? '#1556d3' : undefined }} />;
  const none = t('common.none');

  const columns: TableProps<TExpertSummary>['columns'] = [
    {
      title: t('expert.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'name'),
      fixed: 'left',
      width: 140,
      render: (name: string, e) => (
        <span>
          <RecordLink view={e.id} onOpen={() => update({ view: e.id })}>{name}</RecordLink>
          {e.isAcademician ? (
            <Tag color="red" style={{ marginInlineStart: 6 }}>
              {t('expert.academicianShort')}
            </Tag>
          ) : null}
          {e.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('expert.titleField'), dataIndex: 'title', key: 'title', width: 120, render: (v) => v || none },
    { title: t('expert.unit'), dataIndex: 'unit', key: 'unit', ellipsis: true, width: 200, render: (v) => v || none },
    { title: t('expert.disciplines'), dataIndex: 'disciplines', key: 'disciplines', width: 200, render: (v: string[]) => <FirstTags items={v} color="blue" /> },
    {
      title: t('expert.industries'),
      dataIndex: 'industries',
      key: 'industry',
      width: 200,
      filters: clusters.map((c) => ({ text: c, value: c })),
      filterMultiple: false,
      filterSearch: true,
      filterIcon,
      filteredValue: query.industry ? [query.industry] : null,
      render: (v: string[]) => <FirstTags items={v} color="purple" />,
    },
    { title: t('expert.keywords'), dataIndex: 'keywords', key: 'keywords', width: 200, render: (v: string[]) => <FirstTags items={v} color="geekblue" /> },
    { title: t('expert.achievementsShort'), dataIndex: 'achievementCount', key: 'achievementCount', width: 90, align: 'right' },
    {
      title: t('expert.account'),
      dataIndex: 'hasAccount',
      key: 'hasAccount',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="green">{t('expert.hasAccountShort')}</Tag> : none),
    },
    { title: t('expert.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
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
          {e.canEdit ? (
            <>
              <Button type="link" size="small" onClick={() => openEdit(e.id)}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('expert.deleteConfirm', { name: e.name })}
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

  const onTableChange: TableProps<TExpertSummary>['onChange'] = (pagination, filters, sorter, extra) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TExpertSummary>;
    const sort = s?.order && s.columnKey ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
    const patch: Record<string, string | number | undefined> = { industry: (filters.industry?.[0] as string | undefined) ?? undefined, sort };
    if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
    update(patch);
  };

  const hasFilters = !!(query.q || query.orgId || query.discipline || query.industry || query.isAcademician);

  return (
    <Card variant="borderless" title={t('expert.pageTitle')}>
      <Flex vertical gap={12}>
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('expert.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 340 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            <Select<string>
              allowClear
              showSearch
              placeholder={t('expert.disciplineFilter')}
              aria-label={t('expert.disciplineFilter')}
              value={query.discipline}
              onChange={(discipline) => update({ discipline })}
              options={(config?.dictionary.disciplines ?? []).map((d) => ({ value: d, label: d }))}
              style={{ width: 160 }}
              popupMatchSelectWidth={false}
            />
            <Select<string>
              allowClear
              showSearch
              placeholder={t('expert.industryFilter')}
              aria-label={t('expert.industryFilter')}
              value={query.industry}
              onChange={(industry) => update({ industry })}
              options={clusters.map((c) => ({ value: c, label: c }))}
              style={{ width: 150 }}
              popupMatchSelectWidth={false}
            />
            <Select<string>
              allowClear
              placeholder={t('expert.academician')}
              aria-label={t('expert.academicianFilter')}
              value={query.isAcademician}
              onChange={(isAcademician) => update({ isAcademician })}
              options={[
                { value: 'true', label: t('expert.onlyAcademicians') },
                { value: 'false', label: t('expert.notAcademicians') },
              ]}
              style={{ width: 130 }}
            />
            <OrgTreeSelect placeholder={t('people.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
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
              {t('expert.new')}
            </Button>
          ) : null}
        </Flex>

        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<TExpertSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 1710 }}
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

      <ExpertFormDrawer open={editing !== undefined} expert={editing ?? null} onClose={() => setEditing(undefined)} />
      <ExpertDetailDrawer
        expertId={viewId}
        initial={viewRow}
        onClose={() => update({ view: null })}
        onEdit={canWrite ? (e) => setEditing(e) : undefined}
        onDelete={canWrite ? (e) => remove.mutate(e) : undefined}
      />
    </Card>
  );
}
