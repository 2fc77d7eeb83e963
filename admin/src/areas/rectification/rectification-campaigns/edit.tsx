import { Edit } from '@refinedev/antd';
import type { RectificationCampaignRecord } from '@yibao/shared';
import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusPage } from '../../../components/StatusPage';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { CampaignFields, type CampaignValues } from './form';

/** Edit a campaign with the version read; changed deadlines apply to items filed afterwards. */
export default function RectificationCampaignEdit() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps, query } = useVersionedForm<RectificationCampaignRecord, CampaignValues>({ redirect: 'list' });
  if (query?.error?.statusCode === 404) return <StatusPage status={404} />;
  return (
    <Edit saveButtonProps={saveButtonProps} canDelete={false} isLoading={query?.isLoading}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('rectification-campaigns.hints.editApplies')} />
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
        <CampaignFields />
      </Form>
    </Edit>
  );
}
