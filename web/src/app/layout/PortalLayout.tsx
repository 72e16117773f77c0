import { LoginOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { PageSpin } from '../components/Guards';
import { DemoDataNotice } from '../components/DemoDataNotice';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { type TMsgKey, useT } from '../i18n';
import { useWebModules } from '../webModules';

/**
 * The public portal's frame (no sign-in): header with the portal menu (home, then every module's
 * `portalLinks` in module order), language and sign-in; the module's `portalPages` below.
 */
export default function PortalLayout() {
  const t = useT();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const links: Array<{ path: string; label: TMsgKey }> = [
    { path: '/', label: 'portal.home' },
    ...useWebModules().flatMap((m) => (m.portalLinks ?? []).map((l) => ({ path: l.path, label: l.label as TMsgKey }))),
  ];
  const selected = links.filter((l) => l.path !== '/' && (pathname === l.path || pathname.startsWith(`${l.path}/`))).map((l) => l.path);

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 16px', background: '#fff', borderBottom: '1px solid #eef0f3', position: 'sticky', top: 0, zIndex: 10 }}
      >
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, fontSize: 18, fontWeight: 600, color: '#0f2a5c', whiteSpace: 'nowrap' }}>
          <img src="/favicon.svg" alt="" width={30} height={30} />
          <span className="kx-hide-narrow">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('portal.nav')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            mode="horizontal"
            selectedKeys={selected}
            style={{ borderBottom: 'none', lineHeight: '62px' }}
            items={links.map((l) => ({ key: l.path, label: <Link to={l.path}>{t(l.label)}</Link> }))}
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
