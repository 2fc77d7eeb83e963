import type { ReportingDueRulesRecord } from '@yibao/shared';
import { Form, Input } from 'antd';
import { ParameterSetEdit } from '../../../components/parameter-sets/ParameterSetPages';
import { PREFIX, RESOURCE } from './common';
import { RulesFields, type RulesFormValues, placeServerErrors, toDoc, toFormValues } from './RulesFields';

type EditValues = RulesFormValues & { regionCode: string; version: number };

/** 编辑报送时限: a draft or returned set's rules, each with its source; saved with the version read. */
export default function ReportingDueRulesEdit() {
  return (
    <ParameterSetEdit<ReportingDueRulesRecord, EditValues>
      resource={RESOURCE}
      prefix={PREFIX}
      initialValues={(record) => ({ ...toFormValues(record.dueRules), regionCode: record.regionCode, version: record.version })}
      placeErrors={placeServerErrors}
      toPayload={(_form, v, record) => ({ dueRules: toDoc(v, record.regionCode, record.year) })}
    >
      <Form.Item name="regionCode" hidden>
        <Input />
      </Form.Item>
      <EditFields />
    </ParameterSetEdit>
  );
}

/** The duties of the record's own region (the form is rendered before the record loads). */
function EditFields() {
  const regionCode = Form.useWatch('regionCode', Form.useFormInstance()) as string | undefined;
  return <RulesFields regionCode={regionCode} />;
}
