import { ROLES, ROLE_REGION_LEVELS, type Role, type UserRecord, regionLevelOf } from '@yibao/shared';
import { Form, Input, Select } from 'antd';
import type { TFunction } from 'i18next';
import type { useGo } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';

/**
 * Name, role and region, shared by the create and edit forms. A role sits at its level (a city officer
 * at a city): the region picker only offers those levels, and the rule says so before the API does.
 */
export function UserProfileFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const role = Form.useWatch<Role | undefined>('role', form);
  return (
    <>
      <Form.Item
        label={t('users.fields.displayName')}
        name="displayName"
        rules={[
          { required: true, whitespace: true, message: t('users.rules.displayName') },
          { max: 64, message: t('users.rules.displayNameMax') },
        ]}
      >
        <Input placeholder={t('users.placeholders.displayName')} maxLength={64} />
      </Form.Item>
      <Form.Item label={t('users.fields.role')} name="role" rules={[{ required: true, message: t('users.rules.role') }]}>
        <Select
          placeholder={t('users.placeholders.role')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          onChange={() => form.validateFields(['regionCode']).catch(() => undefined)}
        />
      </Form.Item>
      <Form.Item
        label={t('users.fields.region')}
        name="regionCode"
        extra={role ? t('users.hints.regionLevels', { levels: ROLE_REGION_LEVELS[role].map((l) => t(`regionLevels.${l}`)).join(' / ') }) : undefined}
        rules={[
          { required: true, message: t('users.rules.region') },
          {
            validator: async (_r, code?: string) => {
              if (!code || !role) return;
              if (!ROLE_REGION_LEVELS[role].includes(regionLevelOf(code))) throw new Error(t('users.rules.regionLevel'));
            },
          },
        ]}
      >
        <RegionTreeSelect selectableLevels={role ? ROLE_REGION_LEVELS[role] : undefined} allowClear={false} />
      </Form.Item>
      {/* 执法证号: optional; a fraud case needs two investigating officers who hold one (令第4号 art. 16) */}
      <Form.Item
        label={t('users.fields.enforcementCertNo')}
        name="enforcementCertNo"
        extra={t('users.hints.enforcementCertNo')}
        normalize={(v?: string) => v?.trim()}
        rules={[{ max: 32, message: t('users.rules.enforcementCertNoMax') }]}
      >
        <Input maxLength={32} autoComplete="off" className="yb-mono" style={{ maxWidth: 260 }} data-testid="user-enforcement-cert" />
      </Form.Item>
    </>
  );
}

/** A user as the API answers it, with the 执法证号 (issue 16; null when the user has none). */
export type UserWithCert = UserRecord & { enforcementCertNo?: string | null };

/**
 * The 执法证号 as the API takes it: an emptied field clears it on an edit (null), and is left out of a new account.
 */
export function certNoOf(value: string | null | undefined, editing: boolean): string | null | undefined {
  const v = value?.trim();
  return v ? v : editing ? null : undefined;
}

/**
 * Form options for saving a user: a change to an administrator account comes back as 202 {pendingChange}
 * (三权分立) — say so and open the confirmations page instead of a record that has not changed yet.
 */
export function pendingAware(t: TFunction, go: ReturnType<typeof useGo>) {
  const pending = (data: unknown) => typeof data === 'object' && data !== null && 'pendingChange' in data;
  return {
    redirect: false as const,
    successNotification: (data?: { data?: unknown }) =>
      // undefined: Refine's own "created" / "saved" notice
      pending(data?.data) ? { type: 'success' as const, message: t('users.actions.proposedDone') } : undefined,
    onMutationSuccess: (data: { data: unknown }) => {
      if (pending(data.data)) go({ to: '/user-changes' });
      else go({ to: `/users/show/${(data.data as { id: number }).id}` });
    },
  };
}
