import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Card, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../api';
import { useI18n } from '../i18n';

/** One to-do item as GET /api/v1/todos returns it (the modules' providers decide per role). */
export interface TTodoItem {
  key: string;
  label: string;
  labelEn: string;
  count: number;
  link: string;
  overdue: boolean;
}

/** 我的待办: what waits for the signed-in user, with counts and links; overdue items in red. */
export function TodoCard() {
  const { t, locale } = useI18n();
  const todos = useQuery({ queryKey: ['todos'], queryFn: () => api.get<{ items: TTodoItem[] }>('/api/v1/todos') });
  const items = todos.data?.items ?? [];
  const waiting = items.filter((i) => i.count > 0);
  return (
    <Card variant="borderless" title={t('dash.todos')} loading={todos.isLoading}>
      {todos.isError ? (
        <Alert type="warning" showIcon message={t('dash.todosError')} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.todosNone')} />
      ) : (
        <>
          {waiting.length === 0 ? (
            <Typography.Paragraph type="secondary">
              <CheckCircleOutlined aria-hidden /> {t('dash.todosDone')}
            </Typography.Paragraph>
          ) : null}
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((i) => {
              const label = locale === 'en-US' ? i.labelEn : i.label;
              return (
                <li key={i.key} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
                  <Flex align="center" gap={12}>
                    <Badge count={i.count} showZero overflowCount={999} color={i.overdue ? 'red' : i.count > 0 ? 'blue' : 'default'} />
                    <Link to={i.link} style={{ flex: 1 }}>
                      <Typography.Text type={i.count === 0 ? 'secondary' : undefined}>{label}</Typography.Text>
                    </Link>
                    {i.overdue ? (
                      <Tag color="red" icon={<ExclamationCircleOutlined aria-hidden />}>
                        {t('dash.overdue')}
                      </Tag>
                    ) : null}
                    <Link to={i.link} aria-label={`${t('dash.todoOpen')} ${label}`}>
                      {t('dash.todoOpen')}
                    </Link>
                  </Flex>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
}
