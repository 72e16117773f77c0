import { useQueryClient } from '@tanstack/react-query';
import { Flex, Select, Tag, Tooltip } from 'antd';
import { RecordLink } from '../../../app/components/RecordLink';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useApiError } from '../../../app/hooks/useApiError';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { FilterSelect, filterIcon, ListPage, RowActions, type TListColumn, useDeleteRow, useListPage } from '../../../app/list';
import { deleteExpert, EXPERTS_URL, expertKeys, getExpert, listExperts, readExpertQuery, type TExpert, type TExpertSummary } from '../api';
import { allClusters, DemoTag } from '../labels';
import { ExpertDetailDrawer } from './ExpertDetailDrawer';
import { ExpertFormDrawer } from './ExpertFormDrawer';

function FirstTags({ items, color }: { items: string[]; color?: string }) {
  const t = useT();
  if (items.length === 0) return <>{t('common.none')}</>;
  return (
    <Tooltip title={items.length > 1 ? items.join('、') : undefined}>
      <Flex gap={4} style={{ overflow: 'hidden' }}>
        {items.slice(0, 2).map((x, i) => (
          // The first tag keeps its width (read whole: 新一代信息技术, not 新一…); the second gives way.
          <Tag key={x} color={color} style={{ marginInlineEnd: 0, maxWidth: 140, minWidth: 0, flexShrink: i === 0 ? 0 : 1, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {x}
          </Tag>
        ))}
        {items.length > 2 ? <Tag style={{ marginInlineEnd: 0, flexShrink: 0 }}>+{items.length - 2}</Tag> : null}
      </Flex>
    </Tooltip>
  );
}

/** 专家库: the city-wide expert registry, searched on the server (name, 拼音, unit, discipline, keyword). */
export default function ExpertsPage() {
  const t = useT();
  const showError = useApiError();
  const qc = useQueryClient();
  const { can } = useAuth();
  const canWrite = can('experts:write');
  const config = useCityConfig().data;
  const clusters = allClusters(config?.clusters);
  const state = useListPage({
    read: readExpertQuery,
    queryKey: expertKeys.list,
    fetch: listExperts,
    columnFilters: ['industry'],
    exportUrl: `${EXPERTS_URL}/export`,
  });
  const { query, update, viewId } = state;
  const [editing, setEditing] = useState<TExpert | null | undefined>(undefined); // undefined: closed, null: new

  const remove = useDeleteRow(state, { mutationFn: (e: { id: number }) => deleteExpert(e.id), invalidate: expertKeys.all });

  const openEdit = async (id: number) => {
    try {
      setEditing(await qc.fetchQuery({ queryKey: expertKeys.one(id), queryFn: () => getExpert(id) }));
    } catch (err) {
      showError(err);
    }
  };

  const none = t('common.none');

  const columns: TListColumn<TExpertSummary>[] = [
    {
      title: t('expert.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: state.sortOrder('name'),
      width: 140,
      render: (name: string, e) => (
        <span>
          <RecordLink view={e.id} onOpen={() => state.openView(e.id)}>{name}</RecordLink>
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
    { title: t('expert.unit'), dataIndex: 'unit', key: 'unit', ellipsis: true, width: 180, render: (v) => v || none },
    { title: t('expert.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 170 },
    { title: t('expert.disciplines'), dataIndex: 'disciplines', key: 'disciplines', width: 200, render: (v: string[]) => <FirstTags items={v} color="blue" /> },
    {
      title: t('expert.industries'),
      dataIndex: 'industries',
      key: 'industry',
      width: 200,
      filters: clusters.map((c) => ({ text: c, value: c })),
      filterMultiple: false,
      filterSearch: true,
      filterIcon: filterIcon(t),
      filteredValue: state.filteredValue('industry'),
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
      render: (_, e) => (
        <RowActions
          onView={() => state.openView(e.id)}
          onEdit={e.canEdit ? () => openEdit(e.id) : undefined}
          onDelete={e.canEdit ? () => remove.mutateAsync(e) : undefined}
          deleteConfirm={t('expert.deleteConfirm', { name: e.name })}
        />
      ),
    },
  ];

  return (
    <ListPage<TExpertSummary>
      title={t('expert.pageTitle')}
      tableId="experts"
      state={state}
      columns={columns}
      defaultHidden={['keywords']}
      searchPlaceholder={t('expert.searchPlaceholder')}
      create={canWrite ? { label: t('expert.new'), onClick: () => setEditing(null) } : undefined}
      importer={
        canWrite ? { entityLabel: t('expert.pageTitle'), templateUrl: `${EXPERTS_URL}/import/template`, uploadUrl: `${EXPERTS_URL}/import` } : undefined
      }
      exportName={t('expert.pageTitle')}
      filters={
        <>
          <FilterSelect
            state={state}
            name="discipline"
            placeholder={t('expert.disciplineFilter')}
            options={(config?.dictionary.disciplines ?? []).map((d) => ({ value: d, label: d }))}
            width={160}
            showSearch
          />
          <FilterSelect
            state={state}
            name="industry"
            placeholder={t('expert.industryFilter')}
            options={clusters.map((c) => ({ value: c, label: c }))}
            width={150}
            showSearch
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
          <OrgTreeSelect lazy placeholder={t('people.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
        </>
      }
    >
      <ExpertFormDrawer open={editing !== undefined} expert={editing ?? null} onClose={() => setEditing(undefined)} />
      <ExpertDetailDrawer
        expertId={viewId}
        initial={state.viewRow}
        onClose={state.closeView}
        onEdit={canWrite ? (e) => setEditing(e) : undefined}
        onDelete={canWrite ? (e) => remove.mutate(e) : undefined}
      />
    </ListPage>
  );
}
