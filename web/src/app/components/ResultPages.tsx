import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n';

export function Forbidden() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.desc')}
      extra={
        <Button type="primary" onClick={() => navigate('/admin')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}

export function NotFound() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.desc')}
      extra={
        <Button type="primary" onClick={() => navigate('/admin')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
