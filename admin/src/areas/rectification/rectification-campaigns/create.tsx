import { Create } from '@refinedev/antd';
import type { RectificationCampaignRecord } from '@yibao/shared';
import { Form } from 'antd';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { CampaignFields, type CampaignValues } from './form';

/** A new campaign for the supervisor's own province (the API takes the province from the user). */
export default function RectificationCampaignCreate() {
  const { formProps, saveButtonProps } = useVersionedForm<RectificationCampaignRecord, CampaignValues>({ redirect: 'list' });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }} initialValues={{ immediateDays: 30, transitionDueOn: '2020-12-31' }}>
        <CampaignFields />
      </Form>
    </Create>
  );
}
