import { describe, expect, it } from 'vitest';
import { WEB_MODULES } from '../modules';
import { buildDictionaries, DICTIONARIES, translate } from './i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  const zh = DICTIONARIES['zh-CN'];
  const en = DICTIONARIES['en-US'];

  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have no empty strings', () => {
    for (const [locale, dict] of Object.entries(DICTIONARIES)) {
      const empty = Object.entries(dict).filter(([, v]) => !v.trim()).map(([k]) => `${locale}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.keys(zh).filter((k) => placeholders(zh[k as keyof typeof zh]).join() !== placeholders(en[k as keyof typeof en]).join());
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(translate('zh-CN', 'import.row', { row: 3 })).toBe('第 3 行');
    expect(translate('en-US', 'import.doneDesc', { inserted: 5, updated: 2 })).toBe('5 added, 2 updated');
  });

  it('include every module namespace, each with the same keys in both languages', () => {
    for (const m of WEB_MODULES) {
      expect(Object.keys(m.messages.en).sort(), m.name).toEqual(Object.keys(m.messages.zh).sort());
      for (const [k, v] of Object.entries(m.messages.zh)) expect(zh[k as keyof typeof zh], k).toBe(v);
    }
    expect(translate('en-US', 'nav.experts')).toBe('Experts');
    expect(translate('zh-CN', 'people.title')).toBe('科技工作者');
  });

  it('refuse a module that redefines a key another one has', () => {
    const clash = { name: 'clash', consoleRoutes: [], messages: { zh: { 'nav.people': '别的' }, en: { 'nav.people': 'Other' } } };
    expect(() => buildDictionaries([...WEB_MODULES, clash])).toThrow(/nav.people/);
  });
});
