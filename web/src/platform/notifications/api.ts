import { api } from '../../app/api';

export interface TNotification {
  id: number;
  kind: string;
  title: string;
  titleEn: string;
  body: string | null;
  link: string | null;
  entity: string | null;
  entityId: number | null;
  createdAt: string;
  readAt: string | null;
}

export interface TNotificationList {
  items: TNotification[];
  total: number;
  unread: number;
}

export const NOTIFICATIONS_KEY = ['notifications'] as const;
/** How often the bell asks for news (ms). */
export const NOTIFICATIONS_POLL_MS = 45_000;
export const NOTIFICATIONS_SHOWN = 20;

export const listNotifications = () => api.get<TNotificationList>('/api/v1/notifications', { pageSize: NOTIFICATIONS_SHOWN });
export const readNotification = (id: number) => api.post<TNotification>(`/api/v1/notifications/${id}/read`);
export const readAllNotifications = () => api.post<{ updated: number }>('/api/v1/notifications/read-all');
