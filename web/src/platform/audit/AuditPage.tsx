import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Flex, Select, Table, type TableProps, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { api, type TQuery } from '../../app/api';
import { useErrorText } from '../../app/hooks/useApiError';
import { type TMsgKey, useI18n } from '../../app/i18n';
import type { TPage } from '../../app/types';
import { useWebModules } from '../../app/webModules';
import type { TWebModule } from '../../modules/module.types';
import { auditDiff, formatValue, type TDiffRow } from './diff';

export interface TAuditItem {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  orgId: number | null;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  note: string | null;
}

interface TAuditQuery {
  entity?: string;
  entityId?: string;
  action?: string;
  actorId?: number;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

// The platform's own entity codes and actions; each module names its own (auditEntities, auditActions).
const PLATFORM_ENTITIES: Record<string, TMsgKey> = {
  user: 'audit.entity.user',
  org: 'audit.entity.org',
  api_token: 'audit.entity.api_token',
  auth: 'audit.entity.auth',
  file: 'audit.entity.file',
  import: 'audit.entity.import',
  demo: 'audit.entity.demo',
  notification: 'audit.entity.notification',
};
const PLATFORM_ACTIONS: Record<string, TMsgKey> = Object.fromEntries(
  [
    'create',
    'update',
    'delete',
    'revoke',
    'change_password',
    'set_locale',
    'update+reset_password',
    'import',
    'export',
    'seed',
    'upload',
    'login',
    'login_failed',
    'logout',
    'token_use',
    'lockout',
    'read',
    'read-all',
    'reveal_pii',
  ].map((a) => [a, `audit.action.${a}` as TMsgKey]),
);

/** Entity and action labels of the platform and a module list (modules first in the entity list). */
export function auditLabelsOf(modules: readonly TWebModule[]) {
  const entities: Record<string, TMsgKey> = Object.assign({}, ...modules.map((m) => m.auditEntities ?? {}), PLATFORM_ENTITIES);
  const actions: Record<string, TMsgKey> = Object.assign({}, PLATFORM_ACTIONS, ...modules.map((m) => m.auditActions ?? {}));
  return { entities, actions };
}

function readQuery(params: URLSearchParams): TAuditQuery {
  const s = (k: string) => params.get(k)?.trim() || undefined;
  return {
    entity: s('entity'),
    entityId: s('entityId'),
    action: s('action'),
    actorId: Number(params.get('actorId')) || undefined,
    from: s('from'),
    to: s('to'),
    page: Number(params.get('page')) || 1,
    pageSize: Math.min(200, Number(params.get('pageSize')) || 20),
  };
}

/** Label of a known entity code or action, else the code itself. */
function useLabels() {
  const { t } = useI18n();
  const modules = useWebModules();
  const labels = useMemo(() => auditLabelsOf(modules), [modules]);
  const label = (kind: 'entity' | 'action', code: string) => {
    const key = (kind === 'entity' ? labels.entities : labels.actions)[code];
    return key ? t(key) : code;
  };
  return { label, entities: Object.keys(labels.entities), actions: Object.keys(labels.actions) };
}

/** 审计日志: every write in the user's subtree, with a before/after diff per entry. */
export default function AuditPage() {
  const { t } = useI18n();
  const { label, entities: ENTITIES, actions: ACTIONS } = useLabels();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);

  const update = useCallback(
    (patch: Partial<Record<keyof TAuditQuery, string | number | undefined>>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      }),
    [setParams],
  );

  const list = useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api.get<TPage<TAuditItem>>('/api/v1/audit', query as unknown as TQuery, signal),
    placeholderData: keepPreviousData,
  });

  // The actor filter shows a name: from a row of the list, else from the account itself.
  const actorFromRows = query.actorId ? list.data?.items.find((r) => r.actorId === query.actorId)?.actorName : undefined;
  const actorAccount = useQuery({
    queryKey: ['users', query.actorId],
    queryFn: ({ signal }) => api.get<{ displayName: string; username: string }>(`/api/v1/users/${query.actorId}`, undefined, signal),
    enabled: !!query.actorId && !actorFromRows && !list.isFetching,
    retry: false,
  });
  const actorName = actorFromRows ?? actorAccount.data?.displayName;

  const range: [Dayjs, Dayjs] | null = query.from && query.to ? [dayjs(query.from), dayjs(query.to)] : null;
  const withCurrent = (known: string[], current?: string) => (current && !known.includes(current) ? [...known, current] : known);

  const columns: TableProps<TAuditItem>['columns'] = [
    { title: t('audit.at'), dataIndex: 'at', key: 'at', width: 170, render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm:ss') },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      key: 'actor',
      ellipsis: true,
      render: (name: string, r) =>
        r.actorId ? <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => update({ actorId: r.actorId ?? undefined })}>{name}</Button> : name,
    },
    { title: t('audit.entity'), dataIndex: 'entity', key: 'entity', width: 130, render: (e: string) => label('entity', e) },
    { title: t('audit.entityId'), dataIndex: 'entityId', key: 'entityId', width: 100, render: (v) => v ?? t('common.none') },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      width: 150,
      render: (a: string) => <Tag color={a === 'delete' ? 'red' : a === 'create' ? 'green' : 'blue'}>{label('action', a)}</Tag>,
    },
    { title: t('audit.ip'), dataIndex: 'ip', key: 'ip', width: 130, render: (v) => v ?? t('common.none') },
    { title: t('audit.note'), dataIndex: 'note', key: 'note', ellipsis: true, render: (v) => v || t('common.none') },
  ];

  return (
    <Card variant="borderless" title={t('audit.title')}>
      <Flex vertical gap={12}>
        <Flex wrap gap={8} align="center">
          <Select
            allowClear
            placeholder={t('audit.entity')}
            aria-label={t('audit.entity')}
            value={query.entity}
            onChange={(entity) => update({ entity, entityId: undefined })}
            options={withCurrent(ENTITIES, query.entity).map((e) => ({ value: e, label: label('entity', e) }))}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={t('audit.action')}
            aria-label={t('audit.action')}
            value={query.action}
            onChange={(action) => update({ action })}
            options={withCurrent(ACTIONS, query.action).map((a) => ({ value: a, label: label('action', a) }))}
            style={{ width: 180 }}
          />
          <DatePicker.RangePicker
            aria-label={t('audit.range')}
            value={range}
            onChange={(v) =>
              update({
                from: v?.[0] ? v[0].startOf('day').toISOString() : undefined,
                to: v?.[1] ? v[1].endOf('day').toISOString() : undefined,
              })
            }
          />
          {query.actorId ? (
            <Tag closable onClose={() => update({ actorId: undefined })}>
              {actorName ? t('audit.actorIs', { name: actorName }) : t('audit.actorFilter', { id: query.actorId })}
            </Tag>
          ) : null}
          {query.entityId ? (
            <Tag closable onClose={() => update({ entityId: undefined })}>
              {t('audit.entityIdFilter', { id: query.entityId })}
            </Tag>
          ) : null}
        </Flex>
        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
        <Table<TAuditItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          expandable={{ expandedRowRender: (r) => <AuditDiff before={r.before} after={r.after} /> }}
          onChange={(p, _f, _s, extra) => {
            if (extra.action === 'paginate') update({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 });
          }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Flex>
    </Card>
  );
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useI18n();
  const rows = auditDiff(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  // A create has no "before" and a delete no "after": show the one side that exists.
  const sides: Array<'before' | 'after'> = isRecord(before) && isRecord(after) ? ['before', 'after'] : isRecord(before) ? ['before'] : ['after'];
  const cell = (v: unknown, changed: boolean, side: 'before' | 'after') => (
    <span style={changed ? { background: side === 'before' ? '#fff1f0' : '#f6ffed', padding: '0 4px', wordBreak: 'break-all' } : { wordBreak: 'break-all' }}>
      {formatValue(v)}
    </span>
  );
  return (
    <Table<TDiffRow>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      style={{ maxWidth: 900 }}
      columns={[
        { title: t('audit.field'), dataIndex: 'field', width: 180, render: (f: string) => <code>{f || '—'}</code> },
        ...sides.map((side) => ({
          title: t(side === 'before' ? 'audit.before' : 'audit.after'),
          dataIndex: side,
          render: (v: unknown, r: TDiffRow) => cell(v, r.changed && sides.length === 2, side),
        })),
      ]}
    />
  );
}
