import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { FilterSelect, ListPage, RowActions, readListQuery, type TListColumn, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { COMPETITION_LEVELS, COMPETITION_SERIES, compKeys, deleteCompetition, listCompetitions, oneOf, type TCompetition, type TCompetitionQuery, type TLevel } from './api';
import { CompetitionFormDrawer } from './CompetitionFormDrawer';
import { LevelTag } from './labels';

const SORTS = ['year', 'title', 'startsOn', 'createdAt'] as const;

export function readCompetitionQuery(params: URLSearchParams): TCompetitionQuery {
  const year = Number(params.get('year'));
  return {
    ...readListQuery(params, SORTS),
    series: oneOf(COMPETITION_SERIES, params.get('series')),
    level: oneOf(COMPETITION_LEVELS, params.get('level')),
    year: year >= 1990 && year <= 2100 ? year : undefined,
    awaitingResults: params.get('awaitingResults') === 'true' ? 'true' : undefined,
  };
}

/** 竞赛活动: editions of the competitions the 科协 runs or sends entries to, with entry and award counts. */
export default function CompetitionsPage() {
  const t = useT();
  const { can } = useAuth();
  const canWrite = can('competitions:write');
  const state = useListPage({ read: readCompetitionQuery, queryKey: compKeys.competitionList, fetch: listCompetitions, recordParam: null });
  const [editing, setEditing] = useState<TCompetition | null | undefined>(undefined);
  const remove = useDeleteRow(state, { mutationFn: (c: TCompetition) => deleteCompetition(c.id), invalidate: compKeys.competitions });
  const none = t('common.none');
  const thisYear = new Date().getFullYear();

  const columns: TListColumn<TCompetition>[] = [
    {
      title: t('comp.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: state.sortOrder('title'),
      width: 320,
      render: (title: string, c) => (
        <span>
          <Link to={`/admin/outreach/competitions/${c.id}`}>{title}</Link>
          {c.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('comp.series'), dataIndex: 'series', key: 'series', width: 170, render: (s: TCompetition['series']) => t(`comp.series.${s}`) },
    { title: t('comp.year'), dataIndex: 'year', key: 'year', width: 90, sorter: true, sortOrder: state.sortOrder('year', '-year'), sortDirections: ['descend', 'ascend'] },
    { title: t('comp.level'), dataIndex: 'level', key: 'level', width: 90, render: (l: TLevel) => <LevelTag level={l} label={t(`comp.level.${l}`)} /> },
    { title: t('comp.entries'), dataIndex: 'entryCount', key: 'entryCount', width: 90, align: 'right' },
    { title: t('comp.awards'), dataIndex: 'awardCount', key: 'awardCount', width: 90, align: 'right' },
    { title: t('comp.dates'), key: 'dates', width: 200, render: (_, c) => (c.startsOn ? `${c.startsOn}${c.endsOn && c.endsOn !== c.startsOn ? ` ~ ${c.endsOn}` : ''}` : none) },
    { title: t('comp.organizer'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 180 },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 130 : 70,
      render: (_, c) => (
        <RowActions
          onEdit={canWrite && c.canEdit ? () => setEditing(c) : undefined}
          onDelete={canWrite && c.canEdit ? () => remove.mutateAsync(c) : undefined}
          deleteConfirm={t('comp.deleteConfirm', { name: c.title })}
        />
      ),
    },
  ];

  return (
    <ListPage<TCompetition>
      title={t('comp.pageTitle')}
      tableId="competitions"
      state={state}
      columns={columns}
      searchPlaceholder={t('comp.searchPlaceholder')}
      create={canWrite ? { label: t('comp.new'), onClick: () => setEditing(null) } : undefined}
      filters={
        <>
          <FilterSelect state={state} name="series" placeholder={t('comp.series')} options={COMPETITION_SERIES.map((s) => ({ value: s, label: t(`comp.series.${s}`) }))} width={180} />
          <FilterSelect state={state} name="level" placeholder={t('comp.level')} options={COMPETITION_LEVELS.map((l) => ({ value: l, label: t(`comp.level.${l}`) }))} width={110} />
          <FilterSelect
            state={{ query: { year: state.query.year ? String(state.query.year) : undefined }, update: state.update }}
            name="year"
            placeholder={t('comp.year')}
            options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: String(y), label: String(y) }))}
            width={100}
          />
        </>
      }
    >
      <CompetitionFormDrawer open={editing !== undefined} competition={editing ?? null} onClose={() => setEditing(undefined)} />
    </ListPage>
  );
}
