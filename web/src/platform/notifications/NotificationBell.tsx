import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { pick, useI18n } from '../../app/i18n';
import { NOTIFICATIONS_KEY, NOTIFICATIONS_POLL_MS, type TNotification, listNotifications, readAllNotifications, readNotification } from './api';
import { type TNotificationMsg, notificationText } from './i18n';

/** 站内通知: a bell with the unread count in the console header; opens the latest notifications. */
export function NotificationBell() {
  const { locale } = useI18n();
  const tn = (key: TNotificationMsg, vars?: Record<string, string | number>) => notificationText(locale, key, vars);
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const q = useQuery({ queryKey: NOTIFICATIONS_KEY, queryFn: listNotifications, refetchInterval: NOTIFICATIONS_POLL_MS });
  const refresh = () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const readOne = useMutation({ mutationFn: readNotification, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: readAllNotifications, onSuccess: refresh });
  const unread = q.data?.unread ?? 0;

  const openItem = (n: TNotification) => {
    if (!n.readAt) readOne.mutate(n.id);
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };

  const content = (
    <div style={{ width: 360, maxHeight: 420, overflowY: 'auto' }}>
      {q.isError ? (
        <Typography.Text type="danger">{tn('loadFailed')}</Typography.Text>
      ) : (q.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tn('empty')} />
      ) : (
        <List
          size="small"
          dataSource={q.data?.items ?? []}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              style={{ cursor: n.link ? 'pointer' : undefined, background: n.readAt ? undefined : '#f0f7ff', paddingInline: 8 }}
              onClick={() => openItem(n)}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button
                        key="read"
                        type="link"
                        size="small"
                        onClick={(e) => {
                          e.stopPropagation();
                          readOne.mutate(n.id);
                        }}
                      >
                        {tn('markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={<span style={{ fontWeight: n.readAt ? 400 : 600 }}>{pick(locale, n.title, n.titleEn)}</span>}
                description={
                  <Flex vertical gap={2}>
                    {n.body ? <span>{n.body}</span> : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      )}
      {q.data && q.data.total > q.data.items.length ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {tn('more', { total: q.data.total, shown: q.data.items.length })}
        </Typography.Text>
      ) : null}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={content}
      title={
        <Flex justify="space-between" align="center">
          <span>{tn('title')}</span>
          <Button type="link" size="small" disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
            {tn('markAll')}
          </Button>
        </Flex>
      }
    >
      <Button type="text" aria-label={unread ? tn('bellUnread', { n: unread }) : tn('bell')}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} aria-hidden />
        </Badge>
      </Button>
    </Popover>
  );
}
