import { Segmented } from 'antd';
import { useI18n } from '../i18n';
import type { TLocale } from '../types';

/** 中文 / English toggle (portal and sign-in page; the console has it in the user menu). */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<TLocale>
      aria-label={t('lang.label')}
      size="small"
      value={locale}
      onChange={setLocale}
      options={[
        { label: t('lang.zh'), value: 'zh-CN' },
        { label: t('lang.en'), value: 'en-US' },
      ]}
    />
  );
}
