import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../../app/hooks/useApiError';
import { type TMsgKey, useT } from '../../../app/i18n';
import { baseKeys, type TBaseDetail, type TBaseStatus, transitionBase } from './api';
import { statusLabel } from './labels';

const ORDER: TBaseStatus[] = ['applied', 'under_review', 'recognized', 'in_review', 'retained', 'cancelled'];

/** The button label of a move: 退回申报 is a move back to 申报 from 审核. */
function actionKey(from: TBaseStatus, to: TBaseStatus): TMsgKey {
  if (to === 'applied' && from === 'under_review') return 'base.act.resubmit';
  if (to === 'cancelled') return from === 'recommended' || from === 'applied' ? 'base.act.withdraw' : from === 'under_review' ? 'base.act.reject' : 'base.act.revoke';
  return `base.act.${to}` as TMsgKey;
}
/** The moves that ask for a reason: returning, cancelling (required once the city has the base). */
const asksReason = (from: TBaseStatus, to: TBaseStatus) => to === 'cancelled' || (to === 'applied' && from === 'under_review');
const needsReason = (from: TBaseStatus, to: TBaseStatus) => asksReason(from, to) && !(to === 'cancelled' && (from === 'recommended' || from === 'applied'));

/** The moves the current user may take on the base now (the server lists them), as buttons. */
export function BaseActions({ base }: { base: TBaseDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const [asking, setAsking] = useState<TBaseStatus | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();

  const move = useMutation({
    mutationFn: ({ to, reason }: { to: TBaseStatus; reason?: string }) => transitionBase(base.id, to, reason),
    onSuccess: (b, { to }) => {
      qc.setQueryData(baseKeys.one(b.id), b);
      qc.invalidateQueries({ queryKey: baseKeys.all });
      message.success(t('base.movedTo', { state: statusLabel(t, to) }));
      setAsking(null);
    },
    onError: (err) => showError(err, form),
  });

  const allowed = [...base.allowedTransitions].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (allowed.length === 0) return null;
  const from = base.status;
  return (
    <Flex wrap gap={8}>
      {allowed.map((to, i) => (
        <Button
          key={to}
          type={i === 0 && !asksReason(from, to) ? 'primary' : 'default'}
          danger={asksReason(from, to)}
          loading={move.isPending && move.variables?.to === to}
          disabled={move.isPending && move.variables?.to !== to}
          onClick={() => (asksReason(from, to) ? setAsking(to) : move.mutate({ to }))}
        >
          {t(actionKey(from, to))}
        </Button>
      ))}
      <Modal
        open={asking !== null}
        title={asking ? t('base.reasonTitle', { action: t(actionKey(from, asking)), name: base.name }) : null}
        okText={asking ? t(actionKey(from, asking)) : undefined}
        okButtonProps={{ danger: true, loading: move.isPending }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        {asking ? (
          <Form form={form} layout="vertical" clearOnDestroy onFinish={(v) => move.mutate({ to: asking, reason: v.reason?.trim() || undefined })}>
            <Form.Item
              name="reason"
              label={needsReason(from, asking) ? t('base.reason') : t('base.reasonOptional')}
              rules={needsReason(from, asking) ? [{ required: true, whitespace: true, message: t('base.v.reason') }] : []}
            >
              <Input.TextArea rows={4} maxLength={1000} showCount autoFocus />
            </Form.Item>
          </Form>
        ) : null}
      </Modal>
    </Flex>
  );
}
