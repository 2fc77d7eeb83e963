import { Edit } from '@refinedev/antd';
import type { InspectionRecord } from '@yibao/shared';
import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusPage } from '../../../components/StatusPage';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { PLAN_EDITABLE_STATES, useInspectingUnit } from './common';
import { PlanFields } from './form';

/** 修改计划: the inspecting unit, while the inspection is planned or under way (versioned). */
export default function InspectionEdit() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps, query } = useVersionedForm<InspectionRecord>({ redirect: 'show' });
  const r = query?.data?.data;
  const mine = useInspectingUnit(r);
  if (query?.error?.statusCode === 404) return <StatusPage status={404} />;
  const editable = Boolean(r && mine && PLAN_EDITABLE_STATES.includes(r.state));
  return (
    <Edit saveButtonProps={{ ...saveButtonProps, disabled: saveButtonProps.disabled || !editable }} canDelete={false} isLoading={query?.isLoading}>
      {r && !editable && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('inspections.hints.notEditable')} />}
      {r && (
        <Form {...formProps} layout="vertical" style={{ maxWidth: 640 }} disabled={!editable}>
          <PlanFields />
          <Form.Item name="version" hidden>
            <Input type="hidden" />
          </Form.Item>
        </Form>
      )}
    </Edit>
  );
}
