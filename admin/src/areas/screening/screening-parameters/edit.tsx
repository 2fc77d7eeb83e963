import type { ScreeningParametersRecord } from '@yibao/shared';
import { ParameterSetEdit } from '../../../components/parameter-sets/ParameterSetPages';
import { PREFIX, RESOURCE } from './common';
import { ParametersFields, type ParametersFormValues, placeServerErrors, toDoc, toFormValues } from './ParametersFields';

type EditValues = ParametersFormValues & { version: number };

/** 编辑规则参数: a draft or returned set's values, each with its source; saved with the version read. */
export default function ScreeningParametersEdit() {
  return (
    <ParameterSetEdit<ScreeningParametersRecord, EditValues>
      resource={RESOURCE}
      prefix={PREFIX}
      initialValues={(record) => ({ ...toFormValues(record.parameters), version: record.version })}
      placeErrors={placeServerErrors}
      toPayload={(_form, v, record) => ({ parameters: toDoc(v, record.regionCode, record.year) })}
    >
      <ParametersFields />
    </ParameterSetEdit>
  );
}
