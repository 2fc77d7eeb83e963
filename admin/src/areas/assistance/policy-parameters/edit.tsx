import { useTranslation } from 'react-i18next';
import { ParameterSetEdit } from '../../../components/parameter-sets/ParameterSetPages';
import { ParametersFields, checkBeforeSave, documentOf, placeParameterErrors } from './ParametersFields';
import { RESOURCE } from '../components/policy-parameters';
import type { PolicyParametersRecord } from '@yibao/shared';

type EditValues = Pick<PolicyParametersRecord, 'parameters' | 'version'>;

/**
 * 编辑政策参数 (the city, while draft or returned): every value and its source; the shared rules run before
 * saving and the API's field errors (`parameters.criticalIllness.segments.0.ratioBp`) land under their fields.
 */
export default function PolicyParametersEdit() {
  const { t } = useTranslation();
  return (
    <ParameterSetEdit<PolicyParametersRecord, EditValues>
      resource={RESOURCE}
      prefix="policy-parameters"
      initialValues={(record) => ({ parameters: record.parameters, version: record.version })}
      placeErrors={placeParameterErrors}
      toPayload={(form, _v, record, setProblems) => {
        const parameters = documentOf(form, record);
        const found = checkBeforeSave(form, parameters, t);
        if (found.length) {
          setProblems(found);
          return null;
        }
        return { parameters };
      }}
    >
      <ParametersFields />
    </ParameterSetEdit>
  );
}
