import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Drawer, Flex, Popconfirm, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useErrorText } from '../hooks/useApiError';
import { useT } from '../i18n';

export interface TDetailDrawerProps<T> {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** The record's query (its placeholder: the list row, shown while the full record loads). */
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isLoading'>;
  /** Edit and delete buttons in the header (left out when not given: the user may not). */
  onEdit?: (record: T) => void;
  onDelete?: (record: T) => unknown;
  deleteConfirm?: (record: T) => string;
  /** More header buttons. */
  extra?: (record: T) => ReactNode;
  size?: number;
  children: (record: T) => ReactNode;
}

/** The read-only drawer of a list page: loading, error, the record, and edit / delete in its header. */
export function DetailDrawer<T>({ open, title, onClose, query, onEdit, onDelete, deleteConfirm, extra, size, children }: TDetailDrawerProps<T>) {
  const t = useT();
  const errorText = useErrorText();
  const record = query.data;
  const buttons =
    record && (onEdit || onDelete || extra) ? (
      <Flex gap={8}>
        {extra?.(record)}
        {onEdit ? <Button onClick={() => onEdit(record)}>{t('common.edit')}</Button> : null}
        {onDelete ? (
          <Popconfirm
            title={deleteConfirm?.(record)}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onDelete(record)}
          >
            <Button danger>{t('common.delete')}</Button>
          </Popconfirm>
        ) : null}
      </Flex>
    ) : null;
  return (
    <Drawer title={title} open={open} onClose={onClose} size={size ?? 600} extra={buttons}>
      {query.error ? <Alert type="error" showIcon title={errorText(query.error)} /> : null}
      {!record && query.isLoading ? <Skeleton active /> : null}
      {record ? children(record) : null}
    </Drawer>
  );
}
