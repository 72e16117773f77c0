import { DownOutlined, GlobalOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Dropdown, Flex, Layout, Menu, type MenuProps, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { ChangePasswordModal } from '../components/ChangePasswordModal';
import { DemoDataNotice } from '../components/DemoDataNotice';
import { GlobalSearch } from '../components/GlobalSearch';
import { PageSpin } from '../components/Guards';
import { useI18n } from '../i18n';
import { useWebModules } from '../webModules';
import { buildNav, navItemFor } from './nav';
import { NotificationBell } from '../../platform/notifications/NotificationBell';

const SIDER_LOGO: React.CSSProperties = {
  height: 56,
  display: 'flex',
  alignItems: 'center',
  gap: 10,
  padding: '0 20px',
  color: '#fff',
  fontSize: 17,
  fontWeight: 600,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
};

/** The console: side menu by module, header with search and the user menu, breadcrumbs. */
export default function AdminLayout() {
  const { t, locale, setLocale } = useI18n();
  const { me, logout, can } = useAuth();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [pwdOpen, setPwdOpen] = useState(false);
  const modules = useWebModules();
  const nav = useMemo(() => buildNav(modules), [modules]);

  const menuItems = useMemo<MenuProps['items']>(
    () =>
      nav.map((group) => {
        const items = group.items
          .filter((i) => !i.action || can(i.action))
          .map((i) => ({ key: i.path, icon: i.icon, label: <Link to={i.path}>{t(i.label)}</Link> }));
        if (items.length === 0) return null;
        return group.label ? { type: 'group' as const, key: group.id, label: t(group.label), children: items } : items[0];
      }).filter((x) => x !== null),
    [t, can, nav],
  );

  const current = navItemFor(nav, location.pathname);

  const userMenu: MenuProps = {
    items: [
      {
        key: 'who',
        disabled: true,
        label: (
          <div style={{ lineHeight: 1.5 }}>
            <div style={{ color: 'rgba(0,0,0,0.88)' }}>{me?.displayName}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {me?.orgName}
              {me?.department ? ` · ${me.department}` : ''}
            </Typography.Text>
          </div>
        ),
      },
      { type: 'divider' },
      { key: 'password', icon: <LockOutlined aria-hidden />, label: t('user.changePassword') },
      { key: 'tokens', icon: <KeyOutlined aria-hidden />, label: t('user.tokens') },
      {
        key: 'lang',
        icon: <GlobalOutlined aria-hidden />,
        label: t('lang.label'),
        children: [
          { key: 'lang:zh-CN', label: t('lang.zh'), disabled: locale === 'zh-CN' },
          { key: 'lang:en-US', label: t('lang.en'), disabled: locale === 'en-US' },
        ],
      },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('user.logout') },
    ],
    onClick: async ({ key }) => {
      if (key === 'password') setPwdOpen(true);
      else if (key === 'tokens') navigate('/admin/tokens');
      else if (key === 'lang:zh-CN' || key === 'lang:en-US') setLocale(key.slice(5) as 'zh-CN' | 'en-US');
      else if (key === 'logout') {
        await logout().catch(() => undefined);
        message.success(t('user.loggedOut'));
        navigate('/login', { replace: true });
      }
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={220}>
        <Link to="/admin" style={SIDER_LOGO}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {collapsed ? null : <span>{t('app.name')}</span>}
        </Link>
        <Menu theme="dark" mode="inline" selectedKeys={current ? [current.path] : []} items={menuItems} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ padding: '0 20px', height: 56, lineHeight: 'normal', display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #f0f0f0' }}
        >
          {can('search:use') ? <GlobalSearch /> : null}
          <div style={{ flex: 1 }} />
          <DemoDataNotice />
          <NotificationBell />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <Button type="text" aria-label={t('user.menu')}>
              <Flex gap={8} align="center">
                <UserOutlined aria-hidden />
                <span>{me?.displayName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} className="kx-hide-narrow">
                  {me?.orgName}
                </Typography.Text>
                <DownOutlined aria-hidden style={{ fontSize: 10 }} />
              </Flex>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: '12px 20px 24px' }}>
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={[
              { title: <Link to="/admin">{t('nav.console')}</Link> },
              ...(current && current.path !== '/admin' ? [{ title: t(current.label) }] : []),
              ...(current?.path === '/admin' ? [{ title: t('nav.dashboard') }] : []),
            ]}
          />
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <ChangePasswordModal open={pwdOpen} onClose={() => setPwdOpen(false)} />
    </Layout>
  );
}
