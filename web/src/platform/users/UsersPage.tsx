import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Select, Space, Switch, Table, type TableProps, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ROLES, type TRole } from '../../../../shared/limits';
import { useAuth } from '../../app/auth';
import { OrgTreeSelect } from '../../app/components/OrgTreeSelect';
import { useApiError, useErrorText } from '../../app/hooks/useApiError';
import { roleLabel, useI18n } from '../../app/i18n';
import { grantableRoles } from '../../app/permissions';
import { type TUser, type TUsersQuery, getUser, listUsers, updateUser, usersKeys } from './api';
import { ResetPasswordModal, UserFormModal } from './UserModals';

function readQuery(params: URLSearchParams): TUsersQuery {
  const role = params.get('role');
  const int = (k: string) => Number(params.get(k)) || undefined;
  return {
    q: params.get('q')?.trim() || undefined,
    orgId: int('orgId'),
    role: role && (ROLES as readonly string[]).includes(role) ? (role as TRole) : undefined,
    page: int('page') ?? 1,
    pageSize: Math.min(200, int('pageSize') ?? 20),
  };
}

/** 账号管理: accounts of the user's subtree. */
export default function UsersPage() {
  const { t, locale } = useI18n();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const canWrite = can('users:write');
  const grantable = grantableRoles(me?.roles ?? []);
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<TUser | null>(null);

  const update = useCallback(
    (patch: Partial<TUsersQuery> & { edit?: number | null }) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch) && !('edit' in patch)) next.delete('page');
        return next;
      }),
    [setParams],
  );

  const list = useQuery({ queryKey: usersKeys.list(query), queryFn: ({ signal }) => listUsers(query, signal), placeholderData: keepPreviousData });

  // ?edit=<id> opens the edit dialog (from the global search); the row may be on another page.
  const editId = Number(params.get('edit')) || null;
  const editRow = list.data?.items.find((u) => u.id === editId);
  const editFetched = useQuery({ queryKey: usersKeys.one(editId ?? 0), queryFn: () => getUser(editId!), enabled: editId != null && !editRow && !list.isLoading });
  const editing = editId ? (editRow ?? editFetched.data ?? null) : null;

  const toggle = useMutation({
    mutationFn: (u: TUser) => updateUser(u.id, { isDisabled: !u.isDisabled }),
    onSuccess: (u) => {
      message.success(t(u.isDisabled ? 'users.disabledMsg' : 'users.enabledMsg', { name: u.displayName }));
      qc.invalidateQueries({ queryKey: usersKeys.all });
    },
    onError: (err) => showError(err),
  });

  const manageable = (u: TUser) => canWrite && u.roles.every((r) => grantable.includes(r));
  const fmt = (d: string | null) => (d ? dayjs(d).format('YYYY-MM-DD HH:mm') : t('common.none'));

  const columns: TableProps<TUser>['columns'] = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      key: 'username',
      width: 170,
      render: (name: string, u) => (
        <span>
          {name}
          {u.id === me?.id ? (
            <Tag color="blue" style={{ marginInlineStart: 6 }}>
              {t('users.you')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    { title: t('users.displayName'), dataIndex: 'displayName', key: 'displayName', width: 200 },
    { title: t('users.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 200 },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      key: 'roles',
      width: 200,
      render: (roles: TRole[]) => (
        <Flex wrap gap={4}>
          {roles.map((r) => (
            <Tag key={r} color={r === 'admin' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
              {roleLabel(r, locale)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('users.department'), dataIndex: 'department', key: 'department', width: 120, render: (d) => d || t('common.none') },
    {
      title: t('users.enabled'),
      dataIndex: 'isDisabled',
      key: 'enabled',
      width: 80,
      render: (disabled: boolean, u) => (
        <Switch
          size="small"
          checked={!disabled}
          aria-label={`${t('users.enabled')} ${u.username}`}
          disabled={!manageable(u) || u.id === me?.id}
          loading={toggle.isPending && toggle.variables?.id === u.id}
          onChange={() => toggle.mutate(u)}
        />
      ),
    },
    { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', key: 'lastLoginAt', width: 150, render: fmt },
    { title: t('users.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 150, render: fmt },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 230,
      render: (_, u) => (
        <Space size={0}>
          {manageable(u) ? (
            <>
              <Button type="link" size="small" onClick={() => update({ edit: u.id })}>
                {t('common.edit')}
              </Button>
              {u.id !== me?.id ? (
                <Button type="link" size="small" onClick={() => setResetting(u)}>
                  {t('users.resetPassword')}
                </Button>
              ) : null}
            </>
          ) : null}
          {can('audit:read') ? (
            <Button type="link" size="small" onClick={() => navigate(`/admin/audit?entity=user&entityId=${u.id}`)}>
              {t('users.viewAudit')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Card variant="borderless" title={t('users.title')}>
      <Flex vertical gap={12}>
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={t('users.searchPlaceholder')}
              aria-label={t('common.search')}
              style={{ width: 240 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            <OrgTreeSelect lazy placeholder={t('people.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 240 }} />
            <Select
              allowClear
              placeholder={t('users.roleFilter')}
              aria-label={t('users.roleFilter')}
              value={query.role}
              onChange={(role) => update({ role })}
              options={ROLES.map((r) => ({ value: r, label: roleLabel(r, locale) }))}
              style={{ width: 180 }}
            />
          </Flex>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('users.new')}
            </Button>
          ) : null}
        </Flex>
        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
        {editFetched.error ? <Alert type="error" showIcon title={errorText(editFetched.error)} closable={{ onClose: () => update({ edit: null }) }} /> : null}
        <Table<TUser>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1500 }}
          rowClassName={(u) => (u.isDisabled ? 'kx-row-muted' : '')}
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
      <UserFormModal open={creating} user={null} defaultOrgId={query.orgId} onClose={() => setCreating(false)} />
      <UserFormModal open={!!editing} user={editing} onClose={() => update({ edit: null })} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
