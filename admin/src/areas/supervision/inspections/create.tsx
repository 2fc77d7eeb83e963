import { Create } from '@refinedev/antd';
import type { InspectionRecord } from '@yibao/shared';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { useInspectionCodes } from './common';
import { PlanFields, RESPONSE_DAYS } from './form';

/**
 * 制定督导计划: the user's own unit inspects a city or county below it (the API refuses any other); 暗访 and
 * 飞行检查 stay hidden from the inspected unit until the feedback.
 */
export default function InspectionCreate() {
  const { t } = useTranslation();
  const codes = useInspectionCodes();
  const { formProps, saveButtonProps } = useVersionedForm<InspectionRecord>({ redirect: 'show' });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 640 }} initialValues={{ responseDays: RESPONSE_DAYS.default, kind: 'routine' }}>
        <Form.Item label={t('inspections.fields.region')} name="regionCode" rules={[{ required: true }]} extra={t('inspections.hints.region')}>
          <RegionTreeSelect selectableLevels={['city', 'county']} />
        </Form.Item>
        <Form.Item label={t('inspections.fields.kind')} name="kind" rules={[{ required: true }]} extra={t('inspections.hints.kind')}>
          <Select options={codes.kinds} data-testid="kind-select" />
        </Form.Item>
        <PlanFields />
      </Form>
    </Create>
  );
}
