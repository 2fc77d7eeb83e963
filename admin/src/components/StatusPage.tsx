import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The 403 and 404 pages: what happened, and the way back home. */
export function StatusPage({ status }: { status: 403 | 404 }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // antd's Result does not pass data-* attributes through: the wrapper carries the test id.
  return (
    <div data-testid={`page-${status}`}>
      <Result
        status={status === 403 ? '403' : '404'}
        title={String(status)}
        subTitle={t(status === 403 ? 'pages.error.forbidden' : 'pages.error.notFound')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('pages.error.backHome')}
          </Button>
        }
      />
    </div>
  );
}
