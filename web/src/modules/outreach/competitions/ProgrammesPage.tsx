import { Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { TARGET_GROUPS, type TTargetGroup } from '../../../../../shared/outreach';
import { useAuth } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { FilterSelect, ListPage, RowActions, readListQuery, type TListColumn, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { compKeys, deleteProgramme, listProgrammes, oneOf, type TProgramme, type TProgrammeQuery } from './api';
import { TargetProgress, useTargetGroupLabel } from './labels';
import { ProgrammeFormDrawer } from './ProgrammeFormDrawer';

const SORTS = ['name', 'startYear', 'targetCount', 'createdAt'] as const;

const readProgrammeQuery = (params: URLSearchParams): TProgrammeQuery => ({
  ...readListQuery(params, SORTS),
  targetGroup: oneOf(TARGET_GROUPS, params.get('targetGroup')),
});

/** 重点人群项目: targets (高素质农民 15000 名 …) and how far the recorded trainings have got. */
export default function ProgrammesPage() {
  const t = useT();
  const groupLabel = useTargetGroupLabel();
  const { can } = useAuth();
  const canWrite = can('programmes:write');
  const state = useListPage({ read: readProgrammeQuery, queryKey: compKeys.programmeList, fetch: listProgrammes, recordParam: null });
  const [editing, setEditing] = useState<TProgramme | null | undefined>(undefined);
  const remove = useDeleteRow(state, { mutationFn: (p: TProgramme) => deleteProgramme(p.id), invalidate: compKeys.programmes });

  const columns: TListColumn<TProgramme>[] = [
    {
      title: t('comp.prog.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: state.sortOrder('name'),
      width: 280,
      render: (name: string, p) => (
        <span>
          <Link to={`/admin/outreach/programmes/${p.id}`}>{name}</Link>
          {p.isLivelihood ? (
            <Tag color="red" style={{ marginInlineStart: 6 }}>
              {t('comp.prog.livelihoodTag')}
            </Tag>
          ) : null}
          {p.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('comp.prog.group'), dataIndex: 'targetGroup', key: 'targetGroup', width: 120, render: (g: TTargetGroup) => groupLabel(g) },
    { title: t('comp.prog.period'), key: 'period', width: 110, render: (_, p) => `${p.startYear}–${p.endYear}` },
    {
      title: t('comp.prog.target'),
      dataIndex: 'targetCount',
      key: 'targetCount',
      sorter: true,
      sortOrder: state.sortOrder('targetCount'),
      width: 110,
      align: 'right',
      render: (n: number, p) => `${n.toLocaleString()} ${p.unit}`,
    },
    { title: t('comp.prog.trained'), dataIndex: 'trainees', key: 'trainees', width: 110, align: 'right', render: (n: number, p) => `${n.toLocaleString()} ${p.unit}` },
    { title: t('comp.prog.progress'), key: 'progress', width: 200, render: (_, p) => <TargetProgress percent={p.percent} size="small" label={t('comp.prog.progressOf', { name: p.name })} /> },
    { title: t('comp.prog.owner'), dataIndex: 'orgName', key: 'orgName', width: 170, ellipsis: true },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 130 : 60,
      render: (_, p) => (
        <RowActions
          onEdit={canWrite && p.canEdit ? () => setEditing(p) : undefined}
          onDelete={canWrite && p.canEdit ? () => remove.mutateAsync(p) : undefined}
          deleteConfirm={t('comp.prog.deleteConfirm', { name: p.name })}
        />
      ),
    },
  ];

  return (
    <ListPage<TProgramme>
      title={t('comp.prog.pageTitle')}
      tableId="programmes"
      state={state}
      columns={columns}
      searchPlaceholder={t('comp.prog.searchPlaceholder')}
      create={canWrite ? { label: t('comp.prog.new'), onClick: () => setEditing(null) } : undefined}
      filters={<FilterSelect state={state} name="targetGroup" placeholder={t('comp.prog.group')} options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g) }))} width={160} />}
    >
      <ProgrammeFormDrawer open={editing !== undefined} programme={editing ?? null} onClose={() => setEditing(undefined)} />
    </ListPage>
  );
}
