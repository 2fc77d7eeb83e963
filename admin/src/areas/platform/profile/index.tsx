import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useCustomMutation, useGetIdentity, useGo, useInvalidateAuthStore } from '@refinedev/core';
import type { CurrentUser } from '@yibao/shared';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '../../../components/PasswordPolicy';
import { type ApiError, setSession } from '../../../providers/http';
import { RegionLabel } from '../../../components/RegionName';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 个人中心: who I am, and changing my own password under the policy (my other sessions end). */
export default function Profile() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const [form] = Form.useForm<PasswordValues>();
  const { mutate, mutation } = useCustomMutation<Record<string, unknown>, ApiError>();
  const invalidateAuth = useInvalidateAuthStore();
  const go = useGo();
  const mustChange = Boolean(me?.mustChangePassword);

  const submit = ({ currentPassword, newPassword: next }: PasswordValues) =>
    mutate(
      {
        url: '/auth/password',
        method: 'post',
        values: { currentPassword, newPassword: next },
        successNotification: { type: 'success', message: t('password.changed'), description: t('password.changedHint') },
        errorNotification: (error) => (error?.errors ? false : { type: 'error', message: t('password.changeFailed'), description: error?.message }),
      },
      {
        onSuccess: async () => {
          form.resetFields();
          if (!mustChange) return;
          // the session may now use every route its role allows: read it again and go to the start page
          setSession(null);
          await invalidateAuth();
          go({ to: '/' });
        },
        onError: (error) => {
          // Field errors from the API (wrong current password, policy) go under their fields.
          const errors = error.errors ?? {};
          form.setFields(
            Object.entries(errors).map(([name, messages]) => ({ name: name as keyof PasswordValues, errors: ([] as string[]).concat(messages as string[]) })),
          );
        },
      },
    );

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('profile.titles.list')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card
            title={
              <span>
                <UserOutlined /> {t('profile.account')}
              </span>
            }
          >
            {me && (
              <Descriptions column={1} size="middle" data-testid="profile-info">
                <Descriptions.Item label={t('users.fields.username')}>{me.username}</Descriptions.Item>
                <Descriptions.Item label={t('users.fields.displayName')}>{me.displayName}</Descriptions.Item>
                <Descriptions.Item label={t('users.fields.role')}>
                  <Tag color="blue">{t(`roles.${me.role}`)}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('users.fields.region')}>
                  <RegionLabel name={me.regionName} code={me.regionCode} />
                </Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={
              <span>
                <LockOutlined /> {t('password.changeTitle')}
              </span>
            }
          >
            {mustChange && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('password.mustChange')} data-testid="must-change-password" />}
            <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 440 }}>
              <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('password.rules.current') }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <NewPasswordFields label={t('password.new')} username={me?.username} />
              <Button type="primary" htmlType="submit" loading={mutation.isPending}>
                {t('password.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </>
  );
}
