import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { useApiError } from '../hooks/useApiError';
import { useT } from '../i18n';

export interface TFormDrawerProps<V, S> {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** The caller's form (so it can watch fields); the drawer mounts it on open and clears it on close. */
  form: FormInstance<V>;
  initialValues?: FormProps<V>['initialValues'];
  /** Saves the values (create or update); a server error is shown and its field errors set on the fields. */
  submit: (values: V) => Promise<S>;
  /** Lists and records to refresh after a save. */
  invalidate?: QueryKey[];
  /** Shown after a save (default 已保存). */
  successMessage?: string;
  onSaved?: (saved: S) => void;
  /** The save button (default 保存). */
  saveLabel?: string;
  /** Drawer width in px. */
  size?: number;
  formProps?: Omit<FormProps<V>, 'form' | 'onFinish' | 'initialValues'>;
  children: ReactNode;
}

/**
 * The create / edit drawer of a list page: the form is mounted when the drawer opens (so initial values
 * are the record's), the save button shows the request in flight, and a 400 with field errors marks
 * the fields the server named.
 */
export function FormDrawer<V, S = unknown>(props: TFormDrawerProps<V, S>) {
  const { open, form, onClose } = props;
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: props.submit,
    onSuccess: (saved) => {
      message.success(props.successMessage ?? t('common.saved'));
      for (const key of props.invalidate ?? []) qc.invalidateQueries({ queryKey: key });
      props.onSaved?.(saved);
      onClose();
    },
    onError: (err) => showError(err, form as FormInstance),
  });
  return (
    <Drawer
      title={props.title}
      open={open}
      onClose={onClose}
      size={props.size ?? 640}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {props.saveLabel ?? t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<V>
        form={form}
        layout="vertical"
        clearOnDestroy
        scrollToFirstError
        {...props.formProps}
        initialValues={props.initialValues}
        onFinish={(v) => save.mutate(v)}
      >
        {props.children}
      </Form>
    </Drawer>
  );
}
