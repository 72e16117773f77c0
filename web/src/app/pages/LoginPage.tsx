import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LIMITS } from '../../../../shared/limits';
import { useAuth } from '../auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useErrorText } from '../hooks/useApiError';
import { useT } from '../i18n';

/** Only same-site console paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  return next?.startsWith('/admin') && !next.startsWith('//') ? next : '/admin';
}

export default function LoginPage() {
  const t = useT();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  const onFinish = async (v: { username: string; password: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(v.username.trim(), v.password);
      navigate(next, { replace: true });
    } catch (err) {
      setError(errorText(err)); // wrong password, locked account (with the time), rate limit …
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 24, background: 'linear-gradient(160deg, #eef3fc 0%, #f7f9fc 100%)' }}>
      <Card style={{ width: 'min(400px, 100%)' }} variant="borderless">
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Flex align="center" gap={8}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('app.name')}
            </Typography.Text>
          </Flex>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={3} style={{ marginTop: 16 }}>
          {t('login.title')}
        </Typography.Title>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false} disabled={submitting}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus maxLength={LIMITS.usernameMax} />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" maxLength={LIMITS.passwordMax} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 4, fontSize: 12 }}>
          {t('login.hint', { n: LIMITS.loginFailuresBeforeLock, m: LIMITS.lockMinutes })}
        </Typography.Paragraph>
        <Link to="/">{t('login.backHome')}</Link>
      </Card>
    </Flex>
  );
}
