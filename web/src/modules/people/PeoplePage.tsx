import { Flex, InputNumber, Space, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import { OrgTreeSelect } from '../../app/components/OrgTreeSelect';
import { RecordLink } from '../../app/components/RecordLink';
import { useCityConfig, useDictLabel } from '../../app/hooks/useOrgTree';
import { useT } from '../../app/i18n';
import { FilterSelect, filterIcon, ListPage, RowActions, type TListColumn, useDeleteRow, useListPage } from '../../app/list';
import { deletePerson, listPeople, PEOPLE_IMPORT_URL, PEOPLE_TEMPLATE_URL, PEOPLE_URL, peopleKeys, readPeopleQuery, type TPerson } from './api';
import { PersonDetailDrawer } from './PersonDetailDrawer';
import { PersonFormDrawer } from './PersonFormDrawer';
import { DemoTag, useGenderLabel } from './PersonTags';

/** 科技工作者: the people registry with server-side search, filters, sorting and paging. */
export default function PeoplePage() {
  const t = useT();
  const { can } = useAuth();
  const canWrite = can('people:write');
  const genderLabel = useGenderLabel();
  const dict = useCityConfig().data?.dictionary;
  const dl = useDictLabel();
  const state = useListPage({
    read: readPeopleQuery,
    queryKey: peopleKeys.list,
    fetch: listPeople,
    columnFilters: ['gender', 'title', 'education'],
    exportUrl: `${PEOPLE_URL}/export`,
  });
  const { query, update, viewId } = state;
  const [editing, setEditing] = useState<TPerson | null | undefined>(undefined); // undefined: closed, null: new

  const remove = useDeleteRow(state, { mutationFn: (p: TPerson) => deletePerson(p.id), invalidate: peopleKeys.all });

  const dictFilters = (items?: string[]) => (items ?? []).map((x) => ({ text: dl(x), value: x }));
  const icon = filterIcon(t);
  const none = t('common.none');

  // Key columns (unit, phone, org) come right after the name so they are on screen at 1440 px.
  const columns: TListColumn<TPerson>[] = [
    {
      title: t('people.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: state.sortOrder('name'),
      width: 130,
      render: (name: string, p) => (
        <span>
          <RecordLink view={p.id} onOpen={() => state.openView(p.id)}>{name}</RecordLink>
          {p.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    {
      title: t('people.gender'),
      dataIndex: 'gender',
      key: 'gender',
      width: 80,
      filters: [
        { text: t('people.male'), value: '男' },
        { text: t('people.female'), value: '女' },
      ],
      filterMultiple: false,
      filterIcon: icon,
      filteredValue: state.filteredValue('gender'),
      render: genderLabel,
    },
    { title: t('people.unit'), dataIndex: 'unit', key: 'unit', ellipsis: true, width: 180, render: (u) => u || none },
    { title: t('people.phone'), dataIndex: 'phone', key: 'phone', width: 130, render: (v) => v || none },
    { title: t('people.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
    {
      title: t('people.titleField'),
      dataIndex: 'title',
      key: 'title',
      width: 120,
      filters: dictFilters(dict?.titles),
      filterMultiple: false,
      filterIcon: icon,
      filterSearch: true,
      filteredValue: state.filteredValue('title'),
      render: (v) => (v ? dl(v) : none),
    },
    {
      title: t('people.education'),
      dataIndex: 'education',
      key: 'education',
      width: 120,
      filters: dictFilters(dict?.education),
      filterMultiple: false,
      filterIcon: icon,
      filteredValue: state.filteredValue('education'),
      render: (v) => (v ? dl(v) : none),
    },
    {
      title: t('people.birthYear'),
      dataIndex: 'birthYear',
      key: 'birthYear',
      sorter: true,
      sortOrder: state.sortOrder('birthYear'),
      width: 110,
      render: (y) => y ?? none,
    },
    {
      title: t('people.disciplines'),
      dataIndex: 'disciplines',
      key: 'disciplines',
      width: 180,
      render: (ds: string[]) =>
        ds.length ? (
          <Tooltip title={ds.length > 1 ? ds.map(dl).join(', ') : undefined}>
            <Flex gap={4} style={{ overflow: 'hidden' }}>
              <Tag style={{ marginInlineEnd: 0, maxWidth: 130, overflow: 'hidden', textOverflow: 'ellipsis' }}>{dl(ds[0])}</Tag>
              {ds.length > 1 ? <Tag style={{ marginInlineEnd: 0 }}>+{ds.length - 1}</Tag> : null}
            </Flex>
          </Tooltip>
        ) : (
          none
        ),
    },
    {
      title: t('people.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: state.sortOrder('updatedAt'),
      width: 150,
      render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, p) => (
        <RowActions
          onView={() => state.openView(p.id)}
          onEdit={canWrite ? () => setEditing(p) : undefined}
          onDelete={canWrite ? () => remove.mutateAsync(p) : undefined}
          deleteConfirm={t('people.deleteConfirm', { name: p.name })}
        />
      ),
    },
  ];

  return (
    <ListPage<TPerson>
      title={t('people.title')}
      tableId="people"
      state={state}
      columns={columns}
      searchPlaceholder={t('people.searchPlaceholder')}
      create={canWrite ? { label: t('people.new'), onClick: () => setEditing(null) } : undefined}
      importer={canWrite ? { entityLabel: t('people.title'), templateUrl: PEOPLE_TEMPLATE_URL, uploadUrl: PEOPLE_IMPORT_URL } : undefined}
      exportName={t('people.title')}
      filters={
        <>
          <OrgTreeSelect lazy placeholder={t('people.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
          <FilterSelect
            state={state}
            name="discipline"
            placeholder={t('people.discipline')}
            options={(dict?.disciplines ?? []).map((d) => ({ value: d, label: dl(d) }))}
            width={160}
            showSearch
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
              style={{ width: 110 }}
            />
            <InputNumber
              placeholder={t('people.birthYearTo')}
              aria-label={t('people.birthYearTo')}
              min={1900}
              max={2100}
              precision={0}
              value={query.birthYearTo}
              onChange={(v) => update({ birthYearTo: v ?? undefined })}
              style={{ width: 110 }}
            />
          </Space.Compact>
        </>
      }
    >
      <PersonFormDrawer open={editing !== undefined} person={editing ?? null} defaultOrgId={query.orgId} onClose={() => setEditing(undefined)} />
      <PersonDetailDrawer
        personId={viewId}
        initial={state.viewRow}
        canWrite={canWrite}
        onClose={state.closeView}
        onEdit={(p) => setEditing(p)}
        onDelete={(p) => remove.mutate(p)}
      />
    </ListPage>
  );
}
