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

export interface TPiiUnlockOptions<T> {
  /** The record being edited (null when creating one). */
  id: number | null | undefined;
  /** The record arrived with masked numbers. */
  masked: boolean;
  /** This role may reveal them (the server's `piiRevealable`). */
  revealable: boolean;
  /** The audited reveal endpoint of the record. */
  url: string;
  /** Puts the full values into the form. */
  onRevealed: (full: T) => void;
}

/**
 * Masked numbers in an edit form: read-only as shown (and left out of the saved body); a role that may
 * reveal them unlocks them with one audited reveal and edits the full values. `masked` is false once
 * unlocked; call `reset()` when the form closes so the full numbers are not kept.
 */
export function usePiiUnlock<T>({ id, masked, revealable, url, onRevealed }: TPiiUnlockOptions<T>) {
  const t = useT();
  const showError = useApiError();
  const [unlockedId, setUnlockedId] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const locked = masked && id != null && unlockedId !== id;
  const unlock = async () => {
    if (id == null) return;
    setLoading(true);
    try {
      onRevealed(await api.get<T>(url));
      setUnlockedId(id);
    } catch (err) {
      showError(err);
    } finally {
      setLoading(false);
    }
  };
  /** The field's suffix: 显示并修改, named after the field for screen readers. */
  const unlockButton = (field: string) =>
    locked && revealable ? (
      <Button type="link" size="small" loading={loading} onClick={unlock} aria-label={t('pii.editHint', { field })} style={{ height: 22 }}>
        {t('pii.edit')}
      </Button>
    ) : undefined;
  /** Tooltip of a locked field. */
  const hint = locked ? t(revealable ? 'pii.unlockHint' : 'pii.kept') : undefined;
  return { masked: locked, unlockButton, hint, reset: () => setUnlockedId(null) };
}
