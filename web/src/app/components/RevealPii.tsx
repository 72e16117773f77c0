import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useApiError } from '../hooks/useApiError';
import { useT } from '../i18n';

export interface TRevealPiiProps {
  /** The masked value as the list or detail shows it (138****5678); null shows the empty mark. */
  value: string | null;
  /** The audited reveal endpoint, e.g. `/api/v1/people/12/pii`. */
  url: string;
  /** Which field of the reveal response to show: `phone`, `idNumber`, `contactPhone`. */
  field: string;
  /** Whether this role may reveal (the server's `piiRevealable`); otherwise only the masked value. */
  revealable: boolean;
  /** What the value is (手机号, 身份证号): names the button for screen readers when a record shows two. */
  label: string;
}

/**
 * A masked phone / ID number with a "显示" button for roles the configuration allows. Each click is one
 * audited request (who saw whose number); the full value stays in this component only.
 */
export function RevealPii({ value, url, field, revealable, label }: TRevealPiiProps) {
  const t = useT();
  const showError = useApiError();
  const [full, setFull] = useState<string | null | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
  if (full !== undefined) return <Typography.Text copyable>{full ?? '—'}</Typography.Text>;
  return (
    <Space size={4}>
      <span>{value}</span>
      {revealable ? (
        <Button
          type="link"
          size="small"
          loading={loading}
          aria-label={t('pii.revealLabel', { field: label })}
          title={t('pii.revealHint')}
          onClick={async () => {
            setLoading(true);
            try {
              const res = await api.get<Record<string, string | null>>(url);
              setFull(res[field] ?? null);
            } catch (err) {
              showError(err);
            } finally {
              setLoading(false);
            }
          }}
        >
          {t('pii.reveal')}
        </Button>
      ) : null}
    </Space>
  );
}
