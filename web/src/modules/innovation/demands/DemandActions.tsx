import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../../app/hooks/useApiError';
import { type TMsgKey, useT } from '../../../app/i18n';
import { INNOVATION_LIMITS as L, type TDemand, type TDemandStatus, demandKeys, transitionDemand } from '../api';

/** Button label of a move, by target state (and source: 提交审核 vs. 重新提交). */
function actionKey(from: TDemandStatus, to: TDemandStatus): TMsgKey {
  switch (to) {
    case 'pending':
      return from === 'returned' ? 'demand.act.resubmit' : 'demand.act.submit';
    case 'published':
      return 'demand.act.approve';
    case 'returned':
      return 'demand.act.return';
    case 'docking':
      return 'demand.act.docking';
    case 'signed':
      return 'demand.act.signed';
    case 'solved':
      return 'demand.act.solved';
    case 'closed':
      return 'demand.act.close';
    default:
      return 'demand.act.move';
  }
}

const ORDER: TDemandStatus[] = ['pending', 'published', 'docking', 'signed', 'solved', 'returned', 'closed'];

/** The transitions the current user may take on the demand now (the server lists them), as buttons. */
export function DemandActions({ demand }: { demand: TDemand }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const [asking, setAsking] = useState<TDemandStatus | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();

  const move = useMutation({
    mutationFn: ({ to, reason }: { to: TDemandStatus; reason?: string }) => transitionDemand(demand.id, to, reason),
    onSuccess: (d, { to }) => {
      qc.setQueryData(demandKeys.one(d.id), d);
      qc.invalidateQueries({ queryKey: demandKeys.all });
      message.success(t('demand.movedTo', { state: t(`demand.status.${to}` as TMsgKey) }));
      setAsking(null);
    },
    onError: (err) => showError(err, form),
  });

  const allowed = [...demand.allowedTransitions].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (allowed.length === 0) return null;

  const primary: TDemandStatus[] = ['pending', 'published', 'docking', 'signed', 'solved'];
  return (
    <Flex wrap gap={8}>
      {allowed.map((to) => (
        <Button
          key={to}
          type={primary.includes(to) && to === allowed[0] ? 'primary' : 'default'}
          danger={to === 'returned' || to === 'closed'}
          loading={move.isPending && move.variables?.to === to}
          disabled={move.isPending && move.variables?.to !== to}
          onClick={() => (to === 'returned' || to === 'closed' ? setAsking(to) : move.mutate({ to }))}
        >
          {t(actionKey(demand.status, to))}
        </Button>
      ))}
      <Modal
        open={asking !== null}
        title={asking === 'returned' ? t('demand.returnTitle') : t('demand.closeTitle')}
        okText={asking === 'returned' ? t('demand.act.return') : t('demand.act.close')}
        okButtonProps={{ danger: true, loading: move.isPending }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        {asking ? (
          <Form
            form={form}
            layout="vertical"
            clearOnDestroy
            onFinish={(v) => move.mutate({ to: asking, reason: v.reason?.trim() || undefined })}
          >
            <Form.Item
              name="reason"
              label={asking === 'returned' ? t('demand.returnReason') : t('demand.closeReason')}
              rules={asking === 'returned' ? [{ required: true, whitespace: true, message: t('demand.v.returnReason') }] : []}
            >
              <Input.TextArea rows={4} maxLength={L.reasonMax} showCount autoFocus />
            </Form.Item>
          </Form>
        ) : null}
      </Modal>
    </Flex>
  );
}
