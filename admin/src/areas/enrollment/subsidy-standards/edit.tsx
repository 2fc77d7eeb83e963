import { ParameterSetEdit } from '../../../components/parameter-sets/ParameterSetPages';
import type { SubsidyStandardsRecord } from '@yibao/shared';
import { StandardsFields, type StandardsFormValues, checkBeforeSave, toFormValues, toStandards } from './StandardsFields';
import { RESOURCE } from './common';
import { placeServerErrors } from './errors';

type EditValues = StandardsFormValues & { version: number };

/** 编辑资助标准: the values of a draft or returned set, in 元, each with its source; saved with the version read. */
export default function SubsidyStandardsEdit() {
  return (
    <ParameterSetEdit<SubsidyStandardsRecord, EditValues>
      resource={RESOURCE}
      prefix="subsidy-standards"
      initialValues={(record) => ({ ...toFormValues(record.standards)!, version: record.version })}
      placeErrors={placeServerErrors}
      toPayload={(form, v, record) => {
        const standards = toStandards(v, record.regionCode, record.year);
        return checkBeforeSave(form, standards) ? { standards } : null;
      }}
    >
      <StandardsFields />
    </ParameterSetEdit>
  );
}
