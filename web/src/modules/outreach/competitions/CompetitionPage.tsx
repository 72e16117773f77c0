import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { FilterSelect, ListPage, RowActions, readListQuery, type TListColumn, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { COMPETITION_LEVELS, compKeys, deleteEntry, entriesUrl, getCompetition, listEntries, oneOf, type TEntry, type TEntryQuery, type TLevel } from './api';
import { EntryFormDrawer } from './EntryFormDrawer';
import { GradeTag, LevelTag } from './labels';

const SORTS = ['title', 'school', 'awardLevel', 'announcedOn', 'createdAt'] as const;

const readEntryQuery = (params: URLSearchParams): TEntryQuery => ({
  ...readListQuery(params, SORTS),
  awardLevel: oneOf(COMPETITION_LEVELS, params.get('awardLevel')),
  awarded: oneOf(['true', 'false'] as const, params.get('awarded')),
});

/** One competition: its details, the entries table (add, edit, delete, Excel import and export) and award counts. */
export default function CompetitionPage() {
  const t = useT();
  const errorText = useErrorText();
  const { can } = useAuth();
  const id = Number(useParams().id);
  const competition = useQuery({ queryKey: compKeys.competitionOne(id), queryFn: () => getCompetition(id), enabled: id > 0 });
  const canWrite = can('competitions:write');
  const state = useListPage({
    read: readEntryQuery,
    queryKey: (q: TEntryQuery) => compKeys.entryList(id, q),
    fetch: (q, signal) => listEntries(id, q, signal),
    exportUrl: `${entriesUrl(id)}/export`,
    recordParam: null,
  });
  const [editing, setEditing] = useState<TEntry | null | undefined>(undefined);
  const remove = useDeleteRow(state, { mutationFn: (e: TEntry) => deleteEntry(e.id), invalidate: compKeys.entries });
  const none = t('common.none');

  if (competition.error) return <Alert type="error" showIcon message={errorText(competition.error)} />;
  const c = competition.data;
  if (!c) return <Skeleton active />;

  const columns: TListColumn<TEntry>[] = [
    {
      title: t('comp.entry.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: state.sortOrder('title'),
      width: 260,
      render: (v: string, e) => (
        <span>
          {v}
          {e.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('comp.entry.school'), dataIndex: 'school', key: 'school', sorter: true, sortOrder: state.sortOrder('school'), width: 190, ellipsis: true },
    {
      title: t('comp.entry.award'),
      key: 'award',
      dataIndex: 'awardLevel',
      sorter: true,
      sortOrder: state.sortOrder('awardLevel'),
      width: 170,
      render: (_, e) =>
        e.awardGrade && e.awardLevel ? (
          <span>
            <LevelTag level={e.awardLevel} label={t(`comp.level.${e.awardLevel}`)} />
            <GradeTag grade={e.awardGrade} label={t(`comp.grade.${e.awardGrade}`)} />
          </span>
        ) : (
          <Typography.Text type="secondary">{t('comp.entry.noAward')}</Typography.Text>
        ),
    },
    { title: t('comp.entry.participants'), dataIndex: 'participants', key: 'participants', width: 160, render: (p: string[]) => (p.length ? p.join('、') : none) },
    { title: t('comp.entry.instructor'), dataIndex: 'instructor', key: 'instructor', width: 100, render: (v) => v ?? none },
    { title: t('comp.entry.org'), dataIndex: 'orgName', key: 'orgName', width: 170, ellipsis: true },
    { title: t('comp.entry.category'), dataIndex: 'category', key: 'category', width: 130, render: (v) => v ?? none },
    { title: t('comp.entry.announcedOn'), dataIndex: 'announcedOn', key: 'announcedOn', sorter: true, sortOrder: state.sortOrder('announcedOn'), width: 120, render: (v) => v ?? none },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 120 : 60,
      render: (_, e) => (
        <RowActions
          onEdit={canWrite ? () => setEditing(e) : undefined}
          onDelete={canWrite ? () => remove.mutateAsync(e) : undefined}
          deleteConfirm={t('comp.entry.deleteConfirm', { name: e.title })}
        />
      ),
    },
  ];
  const byLevel = state.list.data?.byAwardLevel ?? {};

  return (
    <Flex vertical gap={16}>
      <Link to="/admin/outreach/competitions">
        <ArrowLeftOutlined aria-hidden /> {t('comp.back')}
      </Link>
      <Card>
        <Flex justify="space-between" wrap gap={16}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {c.title}
              {c.isDemo ? <DemoTag /> : null}
            </Typography.Title>
            <Flex gap={4} style={{ marginTop: 8 }}>
              <Tag>{t(`comp.series.${c.series}`)}</Tag>
              <LevelTag level={c.level} label={t(`comp.level.${c.level}`)} />
            </Flex>
            <Descriptions
              size="small"
              column={2}
              style={{ marginTop: 12 }}
              items={[
                { key: 'year', label: t('comp.year'), children: c.year },
                { key: 'org', label: t('comp.organizer'), children: c.orgName },
                { key: 'dates', label: t('comp.dates'), children: c.startsOn ? `${c.startsOn}${c.endsOn ? ` ~ ${c.endsOn}` : ''}` : none },
                { key: 'description', label: t('comp.description'), children: c.description ?? none },
              ]}
            />
          </div>
          <Flex gap={24}>
            <Statistic title={t('comp.entries')} value={c.entryCount} />
            <Statistic title={t('comp.awards')} value={c.awardCount} />
          </Flex>
        </Flex>
      </Card>
      <ListPage<TEntry>
        title={t('comp.entry.listTitle')}
        tableId="competition-entries"
        state={state}
        columns={columns}
        searchPlaceholder={t('comp.entry.searchPlaceholder')}
        create={canWrite ? { label: t('comp.entry.new'), onClick: () => setEditing(null) } : undefined}
        importer={canWrite ? { entityLabel: t('comp.entry.entity'), templateUrl: `${entriesUrl(id)}/import/template`, uploadUrl: `${entriesUrl(id)}/import` } : undefined}
        exportName={t('comp.entry.entity')}
        beforeTable={
          <Flex wrap gap={6} aria-label={t('comp.entry.byLevel')}>
            {COMPETITION_LEVELS.filter((l) => byLevel[l]).map((l: TLevel) => (
              <Tag key={l} variant="outlined">
                {t(`comp.level.${l}`)} {byLevel[l]}
              </Tag>
            ))}
          </Flex>
        }
        filters={
          <>
            <FilterSelect state={state} name="awardLevel" placeholder={t('comp.entry.awardLevel')} options={COMPETITION_LEVELS.map((l) => ({ value: l, label: t(`comp.level.${l}`) }))} width={120} />
            <FilterSelect
              state={state}
              name="awarded"
              placeholder={t('comp.entry.awarded')}
              options={[
                { value: 'true', label: t('comp.entry.awardedYes') },
                { value: 'false', label: t('comp.entry.noAward') },
              ]}
              width={110}
            />
          </>
        }
      >
        <EntryFormDrawer open={editing !== undefined} competitionId={id} entry={editing ?? null} onClose={() => setEditing(undefined)} />
      </ListPage>
    </Flex>
  );
}

