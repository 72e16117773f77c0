import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { LIMITS } from '../../../../shared/limits';
import { api } from '../api';
import { useApiError } from '../hooks/useApiError';
import { useT } from '../i18n';

interface TValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** POST /api/v1/auth/password — the user's own password; other sessions are signed out by the server. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<TValues>();
  const change = useMutation({
    mutationFn: (v: TValues) => api.post('/api/v1/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      message.success(t('pwd.changed'));
      onClose();
    },
    onError: (err) => showError(err, form),
  });
  const lengthRule = { min: LIMITS.passwordMin, max: LIMITS.passwordMax, message: t('pwd.length', { min: LIMITS.passwordMin, max: LIMITS.passwordMax }) };
  return (
    <Modal
      title={t('pwd.title')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)} requiredMark={false} clearOnDestroy>
        <Form.Item name="currentPassword" label={t('pwd.current')} rules={[{ required: true, message: t('pwd.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('pwd.new')} rules={[{ required: true, message: t('pwd.required') }, lengthRule]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('pwd.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('pwd.required') },
            ({ getFieldValue }) => ({
              validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('pwd.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
