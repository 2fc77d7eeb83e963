import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useGetIdentity } from '@refinedev/core';
import { type CurrentUser, DEFAULT_PASSWORD_POLICY, type PasswordPolicy, type PasswordProblem, checkPassword, describePasswordProblem } from '@yibao/shared';
import type { FormRule } from 'antd';
import { Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localizeServerText } from '../providers/i18n';

/**
 * The password policy (MLPS level 3) as the user types: each rule ticks when met. The API checks the same
 * rules (shared `checkPassword`) and remains the judge; the deployment's policy comes with `/api/auth/me`.
 */
export function usePasswordPolicy(): PasswordPolicy {
  const { data: me } = useGetIdentity<CurrentUser>();
  return me?.passwordPolicy ?? DEFAULT_PASSWORD_POLICY;
}

const RULES: PasswordProblem[] = ['too_short', 'too_few_classes', 'contains_username'];

export function PasswordPolicyHint({ password, username }: { password?: string; username?: string }) {
  const { t } = useTranslation();
  const policy = usePasswordPolicy();
  const problems = password ? checkPassword(password, policy, username) : RULES;
  return (
    <div aria-live="polite" data-testid="password-policy">
      <Typography.Text type="secondary">{t('password.policyTitle')}</Typography.Text>
      <Space direction="vertical" size={0} style={{ display: 'flex', marginTop: 4 }}>
        {RULES.map((rule) => {
          const ok = Boolean(password) && !problems.includes(rule);
          return (
            <Typography.Text key={rule} type={ok ? 'success' : 'secondary'} style={{ fontSize: 13 }}>
              {ok ? <CheckCircleFilled /> : <CloseCircleFilled style={{ color: '#bfbfbf' }} />} {localizeServerText(describePasswordProblem(rule, policy))}
            </Typography.Text>
          );
        })}
      </Space>
    </div>
  );
}

/** Form rule for a "repeat the new password" field. */
export function sameAsRule(field: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value?: string) => {
      if (value && value !== getFieldValue(field)) throw new Error(message);
    },
  });
}

/** Form rule: the same check before the request goes out, with the same wording as the API's. */
export function passwordPolicyRule(policy: PasswordPolicy, username?: () => string | undefined): FormRule {
  return {
    validator: async (_rule, value?: string) => {
      if (!value) return;
      const problems = checkPassword(value, policy, username?.());
      if (problems.length) throw new Error(problems.map((p) => localizeServerText(describePasswordProblem(p, policy))).join('；'));
    },
  };
}

/**
 * The new-password and confirm fields with the policy rule and the live hint — one piece for "change my
 * password" and "reset someone's password". Place inside a Form; the field names are newPassword/confirm.
 */
export function NewPasswordFields({ label, username }: { label: string; username?: string }) {
  const { t } = useTranslation();
  const policy = usePasswordPolicy();
  const password = Form.useWatch('newPassword');
  return (
    <>
      <Form.Item label={label} name="newPassword" rules={[{ required: true, message: t('password.rules.new') }, passwordPolicyRule(policy, () => username)]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirm"
        dependencies={['newPassword']}
        rules={[{ required: true, message: t('password.rules.confirm') }, sameAsRule('newPassword', t('password.rules.mismatch'))]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item>
        <PasswordPolicyHint password={password} username={username} />
      </Form.Item>
    </>
  );
}
