import type { TLocale } from '../../app/types';

// The bell's strings in both languages (kept here, beside the component, as one block).
const zh = {
  bell: '通知',
  bellUnread: '通知，{n} 条未读',
  title: '站内通知',
  empty: '暂无通知',
  markAll: '全部已读',
  markRead: '标为已读',
  unread: '未读',
  loadFailed: '通知加载失败',
  more: '共 {total} 条，显示最近 {shown} 条',
};
const en: Record<keyof typeof zh, string> = {
  bell: 'Notifications',
  bellUnread: 'Notifications, {n} unread',
  title: 'Notifications',
  empty: 'No notifications',
  markAll: 'Mark all read',
  markRead: 'Mark read',
  unread: 'Unread',
  loadFailed: 'Could not load notifications',
  more: '{total} in all, latest {shown} shown',
};

export type TNotificationMsg = keyof typeof zh;

export function notificationText(locale: TLocale, key: TNotificationMsg, vars: Record<string, string | number> = {}): string {
  const text = (locale === 'en-US' ? en : zh)[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
