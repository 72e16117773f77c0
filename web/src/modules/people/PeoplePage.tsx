import { DownloadOutlined, ExportOutlined, FilterFilled, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, InputNumber, Popconfirm, Select, Space, Table, type TableProps, Tag, Tooltip } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { downloadFile } from '../../app/api';
import { useAuth } from '../../app/auth';
import { ImportDialog } from '../../app/components/ImportDialog';
import { OrgTreeSelect } from '../../app/components/OrgTreeSelect';
import { useApiError, useErrorText } from '../../app/hooks/useApiError';
import { useCityConfig, useDictLabel } from '../../app/hooks/useOrgTree';
import { useT } from '../../app/i18n';
import {
  PEOPLE_IMPORT_URL,
  PEOPLE_TEMPLATE_URL,
  type TPeopleQuery,
  type TPerson,
  deletePerson,
  exportPeople,
  filtersOf,
  listPeople,
  peopleKeys,
  readPeopleQuery,
} from './api';
import { PersonDetailDrawer } from './PersonDetailDrawer';
import { PersonFormDrawer } from './PersonFormDrawer';
import { DemoTag, useGenderLabel } from './PersonTags';
import { RecordLink } from '../../app/components/RecordLink';

type TSortOrder = 'ascend' | 'descend' | null;

/** 科技工作者: the people registry with server-side search, filters, sorting and paging. */
export default function PeoplePage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { can } = useAuth();
  const canWrite = can('people:write');
  const genderLabel = useGenderLabel();
  const dict = useCityConfig().data?.dictionary;
  const dl = useDictLabel();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readPeopleQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [editing, setEditing] = useState<TPerson | null | undefined>(undefined); // undefined: closed, null: new
  const [importOpen, setImportOpen] = useState(false);
  const [exporting, setExporting] = useState(false);

  /** Changes some filters; any change other than the page itself goes back to page 1. */
  const update = useCallback(
    (patch: Partial<TPeopleQuery> & { view?: number | null }) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          if (!('page' in patch) && !('view' in patch)) next.delete('page');
          return next;
        },
        { replace: 'view' in patch },
      );
    },
    [setParams],
  );

  const list = useQuery({
    queryKey: peopleKeys.list(query),
    queryFn: ({ signal }) => listPeople(query, signal),
    placeholderData: keepPreviousData,
  });

  const viewId = Number(params.get('view')) || null;
  const viewRow = list.data?.items.find((p) => p.id === viewId);

  const remove = useMutation({
    mutationFn: (p: TPerson) => deletePerson(p.id),
    onSuccess: (_, p) => {
      message.success(t('common.deleted'));
      if (viewId === p.id) update({ view: null });
      qc.invalidateQueries({ queryKey: peopleKeys.all });
    },
    onError: (err) => showError(err),
  });

  const sortOrder = (field: string): TSortOrder =>
    query.sort === field ? 'ascend' : query.sort === `-${field}` ? 'descend' : null;
  const dictFilters = (items?: string[]) => (items ?? []).map((x) => ({ text: dl(x), value: x }));
  // antd's default trigger is named "filter" (English) for screen readers and tests: name it in the UI language.
  const filterIcon = (filtered: boolean) => <FilterFilled aria-label={t('common.filter')} style={{ color: filtered ? '#1556d3' : undefined }} />;
  const none = t('common.none');

  const columns: TableProps<TPerson>['columns'] = [
    {
      title: t('people.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      fixed: 'left',
      width: 130,
      render: (name: string, p) => (
        <span>
          <RecordLink view={p.id} onOpen={() => update({ view: p.id })}>{name}</RecordLink>
          {p.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    {
      title: t('people.gender'),
      dataIndex: 'gender',
      key: 'gender',
      width: 100,
      filters: [
        { text: t('people.male'), value: '男' },
        { text: t('people.female'), value: '女' },
      ],
      filterMultiple: false,
      filterIcon,
      filteredValue: query.gender ? [query.gender] : null,
      render: genderLabel,
    },
    { title: t('people.birthYear'), dataIndex: 'birthYear', key: 'birthYear', sorter: true, sortOrder: sortOrder('birthYear'), width: 120, render: (y) => y ?? none },
    { title: t('people.unit'), dataIndex: 'unit', key: 'unit', ellipsis: true, width: 200, render: (u) => u || none },
    {
      title: t('people.titleField'),
      dataIndex: 'title',
      key: 'title',
      width: 130,
      filters: dictFilters(dict?.titles),
      filterMultiple: false,
      filterIcon,
      filterSearch: true,
      filteredValue: query.title ? [query.title] : null,
      render: (v) => (v ? dl(v) : none),
    },
    {
      title: t('people.education'),
      dataIndex: 'education',
      key: 'education',
      width: 120,
      filters: dictFilters(dict?.education),
      filterMultiple: false,
      filterIcon,
      filteredValue: query.education ? [query.education] : null,
      render: (v) => (v ? dl(v) : none),
    },
    {
      title: t('people.disciplines'),
      dataIndex: 'disciplines',
      key: 'disciplines',
      width: 200,
      render: (ds: string[]) =>
        ds.length ? (
          <Tooltip title={ds.length > 1 ? ds.map(dl).join(', ') : undefined}>
            <Flex gap={4} style={{ overflow: 'hidden' }}>
              <Tag style={{ marginInlineEnd: 0, maxWidth: 150, overflow: 'hidden', textOverflow: 'ellipsis' }}>{dl(ds[0])}</Tag>
              {ds.length > 1 ? <Tag style={{ marginInlineEnd: 0 }}>+{ds.length - 1}</Tag> : null}
            </Flex>
          </Tooltip>
        ) : (
          none
        ),
    },
    { title: t('people.phone'), dataIndex: 'phone', key: 'phone', width: 130, render: (v) => v || none },
    { title: t('people.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 180 },
    {
      title: t('people.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      width: 150,
      render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => update({ view: p.id })}>
            {t('common.view')}
          </Button>
          {canWrite ? (
            <>
              <Button type="link" size="small" onClick={() => setEditing(p)}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('people.deleteConfirm', { name: p.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(p)}
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

  const onTableChange: TableProps<TPerson>['onChange'] = (pagination, filters, sorter, extra) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TPerson>;
    const first = (k: string) => (filters[k]?.[0] as string | undefined) ?? undefined;
    const sort = s?.order && s.columnKey ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
    const patch: Partial<TPeopleQuery> = {
      gender: first('gender') as TPeopleQuery['gender'],
      title: first('title'),
      education: first('education'),
      sort,
    };
    if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
    update(patch);
  };

  const hasFilters = !!(query.q || query.orgId || query.gender || query.title || query.education || query.discipline || query.birthYearFrom || query.birthYearTo);

  const doExport = async () => {
    setExporting(true);
    try {
      const name = await exportPeople(filtersOf(query), `${t('people.title')}.xlsx`);
      message.success(t('people.exported', { file: name }));
    } catch (err) {
      showError(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card variant="borderless" title={t('people.title')}>
      <Flex vertical gap={12}>
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('people.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 340 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            <OrgTreeSelect
              placeholder={t('people.orgFilter')}
              value={query.orgId}
              onChange={(orgId) => update({ orgId })}
              style={{ width: 240 }}
            />
            <Select
              allowClear
              showSearch
              placeholder={t('people.discipline')}
              aria-label={t('people.discipline')}
              value={query.discipline}
              onChange={(discipline) => update({ discipline })}
              options={(dict?.disciplines ?? []).map((d) => ({ value: d, label: dl(d) }))}
              style={{ width: 180 }}
              popupMatchSelectWidth={false}
            />
            <Space.Compact>
              <InputNumber
                placeholder={t('people.birthYearFrom')}
                aria-label={t('people.birthYearFrom')}
                min={1900}
                max={2100}
                precision={0}
                value={query.birthYearFrom}
                onChange={(v) => update({ birthYearFrom: v ?? undefined })}
                style={{ width: 120 }}
              />
              <InputNumber
                placeholder={t('people.birthYearTo')}
                aria-label={t('people.birthYearTo')}
                min={1900}
                max={2100}
                precision={0}
                value={query.birthYearTo}
                onChange={(v) => update({ birthYearTo: v ?? undefined })}
                style={{ width: 120 }}
              />
            </Space.Compact>
            {hasFilters ? (
              <Button
                onClick={() => {
                  setSearchText('');
                  setParams(new URLSearchParams());
                }}
              >
                {t('people.clearFilters')}
              </Button>
            ) : null}
          </Flex>
          <Flex wrap gap={8}>
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
                {t('people.new')}
              </Button>
            ) : null}
            {canWrite ? (
              <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImportOpen(true)}>
                {t('people.import')}
              </Button>
            ) : null}
            <Button icon={<ExportOutlined aria-hidden />} loading={exporting} onClick={doExport}>
              {t('people.export')}
            </Button>
            {canWrite ? (
              <Button
                icon={<DownloadOutlined aria-hidden />}
                onClick={() => downloadFile(PEOPLE_TEMPLATE_URL, undefined, `${t('people.title')}-template.xlsx`).catch((e) => message.error(errorText(e)))}
              >
                {t('people.template')}
              </Button>
            ) : null}
          </Flex>
        </Flex>

        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<TPerson>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 1610 }}
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

      <PersonFormDrawer open={editing !== undefined} person={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <PersonDetailDrawer
        personId={viewId}
        initial={viewRow}
        canWrite={canWrite}
        onClose={() => update({ view: null })}
        onEdit={(p) => setEditing(p)}
        onDelete={(p) => remove.mutate(p)}
      />
      <ImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        entityLabel={t('people.title')}
        templateUrl={PEOPLE_TEMPLATE_URL}
        uploadUrl={PEOPLE_IMPORT_URL}
        onDone={() => qc.invalidateQueries({ queryKey: peopleKeys.all })}
      />
    </Card>
  );
}
