import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useGo, useInvalidateAuthStore, useLogin, useParsed } from '@refinedev/core';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../../components/BrandMark';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import type { LoginParams } from '../../../providers/auth';
import type { ApiError } from '../../../providers/http';
import './login.css';

/** Where to go after signing in: the page the user was sent away from, if it is one of ours. */
function safeTarget(to: unknown): string | undefined {
  return typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') ? to : undefined;
}

function LoginError({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  if (error.statusCode === 423) {
    return (
      <Alert
        type="error"
        showIcon
        icon={<LockOutlined />}
        role="alert"
        data-testid="login-error"
        message={t('login.lockedTitle')}
        description={
          <>
            <div>{error.message}</div>
          </>
        }
      />
    );
  }
  return (
    <Alert
      type={error.network ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid="login-error"
      message={error.network ? t('login.networkTitle') : t('login.failedTitle')}
      description={error.message}
    />
  );
}

export default function Login() {
  const { t } = useTranslation();
  const go = useGo();
  const { params } = useParsed<{ to?: string }>();
  const invalidateAuthStore = useInvalidateAuthStore();
  const target = safeTarget(params?.to);
  // Errors are shown in the form (not as a toast): a locked account must be unmistakable.
  const {
    mutate: login,
    isPending,
    data,
  } = useLogin<LoginParams>({
    mutationOptions: {
      onSuccess: async ({ success, redirectTo }) => {
        if (!success) return;
        await invalidateAuthStore();
        go({ to: target ?? redirectTo ?? '/', type: 'replace' });
      },
    },
  });
  const error = data && !data.success ? (data.error as ApiError | undefined) : undefined;

  return (
    <div className="yb-login">
      <div className="yb-login-lang">
        <LanguageSwitch dark />
      </div>
      <main className="yb-login-main">
        <section className="yb-login-brand" aria-labelledby="product-name">
          <BrandMark size={72} />
          <h1 id="product-name">{t('app.name')}</h1>
          <p className="yb-login-sub">{t('app.subtitle')}</p>
          <ul>
            <li>{t('login.feature1')}</li>
            <li>{t('login.feature2')}</li>
            <li>{t('login.feature3')}</li>
          </ul>
        </section>
        <Card className="yb-login-card" variant="borderless">
          <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
            {t('login.title')}
          </Typography.Title>
          {target && !error && <Alert type="info" showIcon message={t('login.sessionHint')} style={{ marginBottom: 16 }} />}
          {error && (
            <div style={{ marginBottom: 16 }}>
              <LoginError error={error} />
            </div>
          )}
          <Form<LoginParams> layout="vertical" size="large" onFinish={(values) => login(values)} requiredMark={false} aria-label={t('login.title')}>
            <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder={t('login.usernamePlaceholder')} />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder={t('login.passwordPlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={isPending} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
          <p className="yb-login-notice">{t('login.notice')}</p>
        </Card>
      </main>
      <footer className="yb-login-footer">{t('app.footer')}</footer>
    </div>
  );
}
