import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { getPublicDemand, portalKeys } from './api';
import { CategoryTag, DemandPhaseTag, budgetText } from '../labels';

/** One public demand of the demand hall (public fields only; 404 for anything not public). */
export default function DemandDetailPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { me } = useAuth();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery({
    queryKey: portalKeys.demand(id),
    queryFn: ({ signal }) => getPublicDemand(id, signal),
    enabled: valid,
  });
  const d = query.data;
  const none = t('common.none');
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/portal/demands')}>
      {t('kc.detail.back')}
    </Button>
  );

  if (!valid || (isApiError(query.error) && query.error.status === 404)) {
    return <Result status="404" title={t('kc.detail.notFound')} subTitle={t('kc.detail.notFoundDesc')} extra={back} />;
  }

  return (
    <Flex vertical gap={16}>
      <Breadcrumb items={[{ title: <Link to="/portal/demands">{t('kc.portal.demands')}</Link> }, { title: d?.title ?? t('kc.detail.title') }]} />
      {query.error ? <Alert type="error" showIcon title={errorText(query.error)} /> : null}
      <Card variant="borderless">
        {!d ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Flex vertical gap={16}>
            <Flex gap={12} align="flex-start" justify="space-between" wrap>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {d.title}
              </Typography.Title>
              <Flex gap={4}>
                <CategoryTag category={d.category} />
                <DemandPhaseTag phase={d.phase} />
              </Flex>
            </Flex>
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'enterprise', label: t('kc.enterprise'), children: d.enterpriseName },
                { key: 'cluster', label: t('kc.cluster'), children: d.cluster ?? none },
                {
                  key: 'budget',
                  label: t('demand.budget'),
                  children: (
                    <Typography.Text strong style={{ color: '#d4380d' }}>
                      {budgetText(t, d.budgetMin, d.budgetMax, { negotiable: true })}
                    </Typography.Text>
                  ),
                },
                { key: 'deadline', label: t('kc.deadline'), children: d.deadline ?? none },
                { key: 'publishedAt', label: t('kc.publishedAt'), children: d.publishedAt ? dayjs(d.publishedAt).format('YYYY-MM-DD') : none },
              ]}
            />
            <div>
              <Typography.Title level={5}>{t('demand.description')}</Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15, lineHeight: 1.8 }}>{d.description}</Typography.Paragraph>
            </div>
            <Alert
              type="info"
              showIcon
              title={t('kc.detail.dockingTitle')}
              description={t('kc.detail.dockingDesc')}
              action={
                me ? (
                  <Button type="primary" onClick={() => navigate('/admin')}>
                    {t('portal.enterConsole')}
                  </Button>
                ) : (
                  <Button type="primary" onClick={() => navigate('/login')}>
                    {t('kc.detail.signIn')}
                  </Button>
                )
              }
            />
            <div>{back}</div>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
