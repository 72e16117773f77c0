import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api';
import { useI18n } from '../i18n';

/** Field path from the server ("body.phone", "phone", "body.memberships.0.orgId") → antd name path. */
export function fieldName(path: string): Array<string | number> {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'querystring') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Shows an error the way the user reads it: the server's message in the UI language
 * (`message` in zh-CN, `messageEn` in English) and, with a form, the field errors next to the fields.
 */
export function useApiError() {
  const { message } = App.useApp();
  const { locale, t } = useI18n();
  return useCallback(
    (err: unknown, form?: FormInstance) => {
      if (!isApiError(err)) {
        message.error(err instanceof Error ? err.message : t('common.loadFailed'));
        return;
      }
      if (form && err.fields.length > 0) {
        const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
        const fields = err.fields
          .map((f) => ({ name: fieldName(f.path), errors: [f.message] }))
          .filter((f) => f.name.length > 0 && known.has(String(f.name[0])));
        if (fields.length > 0) form.setFields(fields);
      }
      message.error(err.text(locale));
    },
    [message, locale, t],
  );
}

/** Text of any error in the UI language. */
export function useErrorText() {
  const { locale, t } = useI18n();
  return useCallback((err: unknown) => (isApiError(err) ? err.text(locale) : err instanceof Error ? err.message : t('common.loadFailed')), [locale, t]);
}
