import { PlayCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import { RecordLink } from '../../../app/components/RecordLink';
import { useT } from '../../../app/i18n';
import { FilterSelect, ListPage, readListQuery, type TListColumn, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import {
  CONTENT_CHANNELS,
  CONTENT_KINDS,
  CONTENT_STATUSES,
  contentKeys,
  listColumns,
  listContents,
  type TChannel,
  type TContent,
  type TContentKind,
  type TContentStatus,
} from './api';
import { ContentDetailDrawer } from './ContentDetailDrawer';
import { ChannelTag, StatusTag, useKindLabel } from './labels';

const SORTS = ['title', 'createdAt', 'updatedAt', 'publishedAt'] as const;
const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v && (values as readonly string[]).includes(v) ? (v as T) : undefined);

interface TPageQuery {
  q?: string;
  orgId?: number;
  sort?: string;
  page: number;
  pageSize: number;
  status?: TContentStatus;
  kind?: TContentKind;
  channel?: TChannel;
  column?: string;
}

function readQuery(params: URLSearchParams): TPageQuery {
  return {
    ...readListQuery(params, SORTS),
    status: oneOf(CONTENT_STATUSES, params.get('status')),
    kind: oneOf(CONTENT_KINDS, params.get('kind')),
    channel: oneOf(CONTENT_CHANNELS, params.get('channel')),
    column: /^\d+$/.test(params.get('column') ?? '') ? (params.get('column') as string) : undefined,
  };
}

/** 科普内容: articles and videos with their review state and the channels they are on. */
export default function ContentsPage() {
  const t = useT();
  const { can } = useAuth();
  const navigate = useNavigate();
  const kindLabel = useKindLabel();
  const columnsQ = useQuery({ queryKey: contentKeys.columns, queryFn: listColumns, staleTime: 60_000 });
  const state = useListPage({
    read: readQuery,
    queryKey: (q) => contentKeys.list(q as never),
    fetch: ({ column, ...q }, signal) => listContents({ ...q, columnId: column ? Number(column) : undefined }, signal),
  });
  const none = t('common.none');
  const columns: TListColumn<TContent>[] = [
    {
      title: t('content.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: state.sortOrder('title'),
      width: 320,
      render: (title: string, c) => (
        <span>
          {c.kind === 'video' ? <PlayCircleOutlined aria-label={t('content.kind.video')} style={{ marginInlineEnd: 4 }} /> : null}
          <RecordLink view={c.id} onOpen={() => state.openView(c.id)}>
            {title}
          </RecordLink>
          {c.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('content.status'), dataIndex: 'status', key: 'status', width: 90, render: (s: TContentStatus) => <StatusTag status={s} /> },
    {
      title: t('content.channels'),
      key: 'channels',
      width: 220,
      render: (_, c) => (c.channels.length ? c.channels.map((ch) => <ChannelTag key={ch} channel={ch} />) : none),
    },
    { title: t('content.kind'), dataIndex: 'kind', key: 'kind', width: 80, render: (k: TContentKind) => kindLabel(k) },
    { title: t('content.column'), dataIndex: 'columnName', key: 'columnName', width: 130, render: (v) => v ?? none },
    { title: t('content.org'), dataIndex: 'orgName', key: 'orgName', width: 170, ellipsis: true },
    {
      title: t('content.publishedAt'),
      dataIndex: 'publishedAt',
      key: 'publishedAt',
      sorter: true,
      sortOrder: state.sortOrder('publishedAt'),
      width: 120,
      render: (v: string | null) => v?.slice(0, 10) ?? none,
    },
    {
      title: t('content.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: state.sortOrder('updatedAt', '-updatedAt'),
      width: 120,
      render: (v: string) => v.slice(0, 10),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 130,
      render: (_, c) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => state.openView(c.id)}>
            {t('common.view')}
          </Button>
          {c.canEdit ? (
            <Button type="link" size="small" onClick={() => navigate(`/admin/outreach/contents/${c.id}/edit`)}>
              {t('common.edit')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <ListPage<TContent>
      title={t('content.pageTitle')}
      tableId="contents"
      state={state}
      columns={columns}
      searchPlaceholder={t('content.searchPlaceholder')}
      create={can('content:write') ? { label: t('content.new'), onClick: () => navigate('/admin/outreach/contents/new') } : undefined}
      filters={
        <>
          <FilterSelect
            state={state}
            name="status"
            placeholder={t('content.status')}
            options={CONTENT_STATUSES.map((s) => ({ value: s, label: t(`content.status.${s}`) }))}
            width={110}
          />
          <FilterSelect state={state} name="kind" placeholder={t('content.kind')} options={CONTENT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} width={100} />
          <FilterSelect
            state={state}
            name="column"
            placeholder={t('content.column')}
            options={(columnsQ.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            width={140}
          />
          <FilterSelect
            state={state}
            name="channel"
            placeholder={t('content.channel')}
            options={CONTENT_CHANNELS.map((c) => ({ value: c, label: t(`content.channel.${c}`) }))}
            width={130}
          />
        </>
      }
    >
      <ContentDetailDrawer contentId={state.viewId} initial={state.viewRow} onClose={() => state.closeView()} />
    </ListPage>
  );
}
