import { ApartmentOutlined, AuditOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { useAuth } from '../auth';
import { useOrgTree } from '../hooks/useOrgTree';
import { type TMsgKey, roleLabel, useI18n } from '../i18n';
import { ORG_KINDS, type TPage } from '../types';
import { TodoCard } from './TodoCard';

/** Console home: who you are, what waits for you (to-do list), and the size of your subtree. Charts come with the datacenter module. */
export default function DashboardPage() {
  const { t, locale } = useI18n();
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const canPeople = can('people:read');
  const orgs = useOrgTree(can('orgs:read'));
  const people = useQuery({
    queryKey: ['people', 'total'],
    queryFn: () => api.get<TPage<unknown>>('/api/v1/people', { page: 1, pageSize: 1 }),
    enabled: canPeople,
  });
  const orgTotal = Object.values(orgs.counts).reduce<number>((a, b) => a + (b ?? 0), 0);

  const shortcuts = [
    { path: '/admin/people', label: 'nav.people' as const, icon: <TeamOutlined aria-hidden />, ok: canPeople },
    { path: '/admin/orgs', label: 'nav.orgs' as const, icon: <ApartmentOutlined aria-hidden />, ok: can('orgs:read') },
    { path: '/admin/users', label: 'nav.users' as const, icon: <UserSwitchOutlined aria-hidden />, ok: can('users:read') },
    { path: '/admin/audit', label: 'nav.audit' as const, icon: <AuditOutlined aria-hidden />, ok: can('audit:read') },
  ].filter((s) => s.ok);

  return (
    <Flex vertical gap={16}>
      <Card variant="borderless">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('dash.welcome', { name: me?.displayName ?? '' })}
        </Typography.Title>
        <Space wrap size={[16, 8]}>
          <span>
            <Typography.Text type="secondary">{t('dash.org')}：</Typography.Text>
            {me?.orgName}
            {me?.department ? ` · ${me.department}` : ''}
          </span>
          <span>
            <Typography.Text type="secondary">{t('dash.roles')}：</Typography.Text>
            {me?.roles.map((r) => (
              <Tag key={r} color="blue">
                {roleLabel(r, locale)}
              </Tag>
            ))}
          </span>
        </Space>
      </Card>

      <TodoCard />

      <Row gutter={[16, 16]}>
        {canPeople ? (
          <Col xs={24} sm={12} lg={6}>
            <Card variant="borderless" hoverable onClick={() => navigate('/admin/people')}>
              <Statistic
                title={t('dash.peopleTotal')}
                value={people.isError ? t('dash.unavailable') : (people.data?.total ?? 0)}
                loading={people.isLoading}
                prefix={<TeamOutlined aria-hidden />}
              />
            </Card>
          </Col>
        ) : null}
        {can('orgs:read') ? (
          <Col xs={24} sm={12} lg={6}>
            <Card variant="borderless" hoverable onClick={() => navigate('/admin/orgs')}>
              <Statistic title={t('dash.orgTotal')} value={orgTotal} loading={orgs.isLoading} prefix={<ApartmentOutlined aria-hidden />} />
            </Card>
          </Col>
        ) : null}
      </Row>

      {can('orgs:read') ? (
        <Card variant="borderless" title={t('dash.network')}>
          <Row gutter={[16, 16]}>
            {ORG_KINDS.filter((k) => (orgs.counts[k] ?? 0) > 0).map((kind) => (
              <Col key={kind} xs={12} md={8} lg={4}>
                <Statistic title={t(`orgKind.${kind}` as TMsgKey)} value={orgs.counts[kind] ?? 0} />
              </Col>
            ))}
          </Row>
        </Card>
      ) : null}

      {shortcuts.length > 0 ? (
        <Card variant="borderless" title={t('dash.shortcuts')}>
          <Space wrap>
            {shortcuts.map((s) => (
              <Button key={s.path} icon={s.icon} onClick={() => navigate(s.path)}>
                {t(s.label)}
              </Button>
            ))}
          </Space>
        </Card>
      ) : null}
    </Flex>
  );
}
