import { LoginOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import { PageSpin } from '../../../app/components/Guards';
import { DemoDataNotice } from '../../../app/components/DemoDataNotice';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { type TMsgKey, useT } from '../../../app/i18n';

/** The public pages of 科创服务 (no sign-in), in the portal's menu order. */
export const PORTAL_LINKS: Array<{ path: string; label: TMsgKey }> = [
  { path: '/', label: 'kc.portal.home' },
  { path: '/portal/demands', label: 'kc.portal.demands' },
  { path: '/portal/experts', label: 'kc.portal.experts' },
  { path: '/portal/platforms', label: 'kc.portal.platforms' },
];

const selectedFor = (pathname: string) =>
  PORTAL_LINKS.filter((l) => l.path !== '/' && (pathname === l.path || pathname.startsWith(`${l.path}/`))).map((l) => l.path);

/** The public portal's frame: header with the portal menu, language and sign-in; the page below. */
export default function PortalLayout() {
  const t = useT();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 16px', background: '#fff', borderBottom: '1px solid #eef0f3', position: 'sticky', top: 0, zIndex: 10 }}
      >
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, fontSize: 18, fontWeight: 600, color: '#0f2a5c', whiteSpace: 'nowrap' }}>
          <img src="/favicon.svg" alt="" width={30} height={30} />
          <span className="kx-hide-narrow">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('kc.portal.nav')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            mode="horizontal"
            selectedKeys={selectedFor(pathname)}
            style={{ borderBottom: 'none', lineHeight: '62px' }}
            items={PORTAL_LINKS.map((l) => ({ key: l.path, label: <Link to={l.path}>{t(l.label)}</Link> }))}
          />
        </nav>
        <Flex align="center" gap={8}>
          <DemoDataNotice />
          <LanguageSwitch />
          {me ? (
            <Button type="primary" onClick={() => navigate('/admin')}>
              {t('portal.enterConsole')}
            </Button>
          ) : (
            <Button type="primary" icon={<LoginOutlined aria-hidden />} onClick={() => navigate('/login')} aria-label={t('portal.staffLogin')}>
              {/* on a phone the icon alone leaves the menu room */}
              <span className="kx-hide-xs">{t('portal.staffLogin')}</span>
            </Button>
          )}
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ maxWidth: 1200, width: '100%', margin: '0 auto', padding: '24px 24px 48px' }}>
        <Suspense fallback={<PageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>{t('portal.footer')}</Layout.Footer>
    </Layout>
  );
}
