import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { DEPARTMENTS, LIMITS, type TRole } from '../../../../shared/limits';
import { isApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { OrgTreeSelect } from '../../app/components/OrgTreeSelect';
import { useApiError } from '../../app/hooks/useApiError';
import { roleLabel, useI18n } from '../../app/i18n';
import { grantableRoles } from '../../app/permissions';
import { type TUser, createUser, generatePassword, updateUser, usersKeys } from './api';

interface TUserFormValues {
  username: string;
  password: string;
  displayName: string;
  orgId?: number;
  roles: TRole[];
  department?: string | null;
}

const USERNAME_RE = /^[A-Za-z0-9_.-]+$/;

function PasswordInput({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const { t } = useI18n();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.Password id={id} value={value} onChange={(e) => onChange?.(e.target.value)} autoComplete="new-password" />
      <Button onClick={() => onChange?.(generatePassword())}>{t('users.generate')}</Button>
    </Space.Compact>
  );
}

/** Create (user = null) or edit an account. Roles offered are those the signed-in user may grant. */
export function UserFormModal({ open, user, defaultOrgId, onClose }: { open: boolean; user: TUser | null; defaultOrgId?: number; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { me } = useAuth();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const [form] = Form.useForm<TUserFormValues>();
  const isSelf = user?.id === me?.id;
  const grantable = grantableRoles(me?.roles ?? []);
  const roleOptions = [...new Set<TRole>([...grantable, ...(user?.roles ?? [])])].map((r) => ({
    value: r,
    label: roleLabel(r, locale),
    disabled: !grantable.includes(r),
  }));

  const initialValues: Partial<TUserFormValues> = user
    ? { displayName: user.displayName, roles: user.roles, department: user.department }
    : { orgId: defaultOrgId, roles: [] };

  const save = useMutation({
    mutationFn: (v: TUserFormValues) =>
      user
        ? updateUser(user.id, {
            displayName: v.displayName.trim(),
            ...(isSelf ? {} : { roles: v.roles }),
            department: v.department ?? null,
          })
        : createUser({
            username: v.username.trim(),
            password: v.password,
            displayName: v.displayName.trim(),
            orgId: v.orgId!,
            roles: v.roles,
            department: v.department ?? null,
          }),
    onSuccess: () => {
      message.success(user ? t('common.saved') : t('users.created'));
      qc.invalidateQueries({ queryKey: usersKeys.all });
      onClose();
    },
    onError: (err) => {
      showError(err, form);
      if (isApiError(err) && err.code === 'USERNAME_TAKEN') form.setFields([{ name: 'username', errors: [err.text(locale)] }]);
    },
  });

  return (
    <Modal
      title={user ? t('users.editTitle') : t('users.new')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={initialValues} clearOnDestroy>
        {user ? (
          <Form.Item label={t('users.username')}>
            <Typography.Text strong>{user.username}</Typography.Text>
            <Typography.Text type="secondary"> · {user.orgName}</Typography.Text>
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="username"
              label={t('users.username')}
              extra={t('users.usernameRule', { min: LIMITS.usernameMin, max: LIMITS.usernameMax })}
              rules={[
                { required: true, whitespace: true, message: t('users.v.username') },
                { min: LIMITS.usernameMin, max: LIMITS.usernameMax, message: t('users.usernameRule', { min: LIMITS.usernameMin, max: LIMITS.usernameMax }) },
                { pattern: USERNAME_RE, message: t('users.usernameRule', { min: LIMITS.usernameMin, max: LIMITS.usernameMax }) },
              ]}
            >
              <Input autoComplete="off" maxLength={LIMITS.usernameMax} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('users.password')}
              rules={[
                { required: true, message: t('pwd.required') },
                { min: LIMITS.passwordMin, max: LIMITS.passwordMax, message: t('pwd.length', { min: LIMITS.passwordMin, max: LIMITS.passwordMax }) },
              ]}
            >
              <PasswordInput />
            </Form.Item>
          </>
        )}
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('users.v.displayName') }]}>
          <Input maxLength={LIMITS.nameMax} />
        </Form.Item>
        {user ? null : (
          <Form.Item name="orgId" label={t('users.org')} rules={[{ required: true, message: t('users.v.org') }]} extra={t('users.orgFixed')}>
            <OrgTreeSelect allowClear={false} />
          </Form.Item>
        )}
        <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('users.v.roles') }]}>
          <Select mode="multiple" options={roleOptions} disabled={isSelf} />
        </Form.Item>
        <Form.Item name="department" label={t('users.department')}>
          <Select allowClear options={DEPARTMENTS.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Sets a new password for another account (the server also clears its lock-out). */
export function ResetPasswordModal({ user, onClose }: { user: TUser | null; onClose: () => void }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<{ password: string }>();
  const suggested = useMemo(() => (user ? generatePassword() : ''), [user]);
  const reset = useMutation({
    mutationFn: (v: { password: string }) => updateUser(user!.id, { password: v.password }),
    onSuccess: (_, v) => {
      const name = user?.displayName ?? '';
      onClose();
      modal.success({
        title: t('users.passwordReset', { name }),
        content: (
          <Typography.Paragraph copyable={{ text: v.password }} code style={{ fontSize: 16 }}>
            {v.password}
          </Typography.Paragraph>
        ),
      });
    },
    onError: (err) => showError(err, form),
  });
  return (
    <Modal
      title={`${t('users.resetPassword')} · ${user?.displayName ?? ''}`}
      open={!!user}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v)} initialValues={{ password: suggested }} clearOnDestroy>
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          rules={[
            { required: true, message: t('pwd.required') },
            { min: LIMITS.passwordMin, max: LIMITS.passwordMax, message: t('pwd.length', { min: LIMITS.passwordMin, max: LIMITS.passwordMax }) },
          ]}
        >
          <PasswordInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
