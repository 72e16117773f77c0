import { LoginOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Flex, Layout, Row, Skeleton, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../api';
import { useAuth } from '../auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { type TMsgKey, useT } from '../i18n';
import type { TOrgKind } from '../types';
import { useWebModules } from '../webModules';

/** GET /api/v1/public/overview (no sign-in). */
export interface TPublicOverview {
  city: { name: string; adcode: string };
  orgName: string;
  orgCounts: Partial<Record<Exclude<TOrgKind, 'city'>, number>>;
}

const NETWORK_KINDS = ['district', 'township', 'society', 'enterprise', 'university', 'park'] as const;


/** The public portal: who the association is and its network; later modules add 科普, activities, demands. */
export default function PortalHome() {
  const t = useT();
  const { me } = useAuth();
  const navigate = useNavigate();
  // The modules' public pages (their manifests' portalLinks).
  const links = useWebModules().flatMap((m) => (m.portalLinks ?? []) as Array<{ path: string; label: TMsgKey; desc: TMsgKey; icon: ReactNode }>);
  const overview = useQuery({
    queryKey: ['public', 'overview'],
    queryFn: () => api.get<TPublicOverview>('/api/v1/public/overview'),
    staleTime: 5 * 60_000,
  });
  const data = overview.data;

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 16px', background: '#fff', borderBottom: '1px solid #eef0f3' }}>
        <Flex align="center" gap={10} style={{ fontSize: 18, fontWeight: 600, color: '#0f2a5c', whiteSpace: 'nowrap' }}>
          <img src="/favicon.svg" alt="" width={30} height={30} />
          <span className="kx-hide-xs">{t('app.name')}</span>
        </Flex>
        <nav aria-label={t('portal.nav')} className="kx-hide-narrow" style={{ display: 'flex', gap: 20, marginInlineStart: 16 }}>
          {links.map((l) => (
            <Link key={l.path} to={l.path} style={{ color: 'rgba(0,0,0,0.75)', whiteSpace: 'nowrap' }}>
              {t(l.label)}
            </Link>
          ))}
        </nav>
        <div style={{ flex: 1 }} />
        <LanguageSwitch />
        {me ? (
          <Button type="primary" onClick={() => navigate('/admin')}>
            {t('portal.enterConsole')}
          </Button>
        ) : (
          <Button type="primary" icon={<LoginOutlined aria-hidden />} onClick={() => navigate('/login')}>
            {t('portal.staffLogin')}
          </Button>
        )}
      </Layout.Header>

      <div style={{ background: 'linear-gradient(120deg, #0f2a5c 0%, #1556d3 60%, #2f8cff 100%)', color: '#fff', padding: '64px 24px 72px' }}>
        <div style={{ maxWidth: 1100, margin: '0 auto' }}>
          {overview.isLoading ? (
            <Skeleton active title={{ width: 360 }} paragraph={{ rows: 2 }} />
          ) : (
            <>
              {data?.city?.name ? <div style={{ opacity: 0.8, fontSize: 15, marginBottom: 8 }}>{data.city.name}</div> : null}
              <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: 'clamp(28px, 4vw, 42px)' }}>
                {data?.orgName ?? t('app.name')}
              </Typography.Title>
              <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', fontSize: 16, maxWidth: 720, marginTop: 16 }}>
                {t('portal.subtitle')}
              </Typography.Paragraph>
              {me ? (
                <Button size="large" ghost onClick={() => navigate('/admin')}>
                  {t('portal.enterConsole')}
                </Button>
              ) : null}
            </>
          )}
        </div>
      </div>

      <Layout.Content style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: '32px 24px 48px' }}>
        <Typography.Title level={3} style={{ margin: '0 0 16px' }}>
          {t('kc.portal.section')}
        </Typography.Title>
        <Row gutter={[16, 16]} style={{ marginBottom: 32 }}>
          {links.map((l) => (
            <Col key={l.path} xs={24} md={8}>
              <Link to={l.path} style={{ display: 'block', height: '100%' }}>
                <Card variant="borderless" hoverable style={{ height: '100%' }}>
                  <Flex gap={14} align="flex-start">
                    <span style={{ fontSize: 26, color: '#1556d3' }}>{l.icon}</span>
                    <div>
                      <Typography.Title level={5} style={{ margin: 0 }}>
                        {t(l.label)}
                      </Typography.Title>
                      <Typography.Text type="secondary">{t(l.desc)}</Typography.Text>
                    </div>
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
        <Flex align="baseline" gap={12} style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('portal.network')}
          </Typography.Title>
          {data ? <Typography.Text type="secondary">{t('portal.networkNote')}</Typography.Text> : null}
        </Flex>
        {overview.isError ? (
          <Alert type="info" showIcon title={t('portal.unavailable')} />
        ) : (
          <Row gutter={[16, 16]}>
            {NETWORK_KINDS.map((kind) => (
              <Col key={kind} xs={12} md={8} lg={4}>
                <Card variant="borderless" style={{ height: '100%' }}>
                  <Statistic title={t(`orgKind.${kind}` as TMsgKey)} value={data?.orgCounts?.[kind] ?? 0} loading={overview.isLoading} />
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Layout.Content>

      <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>{t('portal.footer')}</Layout.Footer>
    </Layout>
  );
}
