import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { api } from './api';
import { meQuery } from './auth';
import { buildDictionaries, DICTIONARIES, I18nContext, type TI18n, initialLocale, rememberLocale, translate } from './i18n';
import type { TLocale, TMe } from './types';
import { useWebModules } from './webModules';
import { WEB_MODULES } from '../modules';

/**
 * The required-field asterisk drawn by CSS on an aria-hidden span (index.html), instead of antd's
 * ::before on the label itself, which browsers read as part of the label ("* 角色"). Screen readers
 * and getByLabel('角色', { exact: true }) then see the plain label.
 */
const FORM_CONFIG = {
  requiredMark: (label: ReactNode, { required }: { required: boolean }) => (
    <>
      {required ? <span aria-hidden="true" className="kx-required-mark" /> : null}
      {label}
    </>
  ),
};

const THEME = {
  token: { colorPrimary: '#1556d3', borderRadius: 6 },
  components: { Layout: { headerBg: '#ffffff', siderBg: '#0f2a5c' }, Menu: { darkItemBg: '#0f2a5c', darkSubMenuItemBg: '#0b2150' } },
};

/**
 * The language of the UI: remembered in localStorage before sign-in, per account after
 * (`GET /auth/me` → locale, `PUT /auth/locale`). Also sets antd's and dayjs' locale.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const [locale, setLocaleState] = useState<TLocale>(initialLocale);
  const { data: me } = useQuery(meQuery);
  const modules = useWebModules();
  const dicts = useMemo(() => (modules === WEB_MODULES ? DICTIONARIES : buildDictionaries(modules)), [modules]);

  // After sign-in the account's language wins.
  useEffect(() => {
    if (me?.locale) {
      setLocaleState(me.locale);
      rememberLocale(me.locale);
    }
  }, [me?.locale]);

  useEffect(() => {
    dayjs.locale(locale === 'en-US' ? 'en' : 'zh-cn');
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.name');
  }, [locale]);

  const setLocale = useCallback(
    (next: TLocale) => {
      setLocaleState(next);
      rememberLocale(next);
      const current = qc.getQueryData(meQuery.queryKey);
      if (current && current.locale !== next) {
        qc.setQueryData(meQuery.queryKey, (old): TMe | null | undefined => (old ? { ...old, locale: next } : old));
        api.put('/api/v1/auth/locale', { locale: next }).catch(() => {
          // not saved on the server: the choice still holds in this browser
        });
      }
    },
    [qc],
  );

  const value = useMemo<TI18n>(
    () => ({ locale, setLocale, t: (key, vars) => translate(locale, key, vars, dicts), has: (key) => key in dicts['zh-CN'] }),
    [locale, setLocale, dicts],
  );

  return (
    <I18nContext.Provider value={value}>
      {/* autoInsertSpace off: antd would render 导入 as "导 入", and people (and tests) look for the word */}
      <ConfigProvider locale={locale === 'en-US' ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }} form={FORM_CONFIG}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
