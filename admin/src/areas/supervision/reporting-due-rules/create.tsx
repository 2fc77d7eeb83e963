import { Create } from '@refinedev/antd';
import type { RegionLevel, ReportingDueRulesRecord } from '@yibao/shared';
import { Form } from 'antd';
import { useEffect, useState } from 'react';
import { BackIcon } from '../../../components/BackIcon';
import { ParameterSetKeyFields, ParameterSetProblems, useParameterSetCreate } from '../../../components/parameter-sets/ParameterSetPages';
import { PREFIX, RESOURCE } from './common';
import { RulesFields, type RulesFormValues, placeServerErrors, toDoc, toFormValues } from './RulesFields';

type CreateValues = RulesFormValues & { regionCode: string; year: number };
/** the province sets its own and its subtree's defaults; a city its own and its counties' */
const LEVELS: RegionLevel[] = ['province', 'city'];

/**
 * 新建报送时限 for the user's own province or city and a year: every duty left to the level above (or the default)
 * until set here with its source. An existing set for that year is linked to instead.
 */
export default function ReportingDueRulesCreate() {
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, form, me, taken, initialKey } = useParameterSetCreate<ReportingDueRulesRecord, CreateValues>(
    RESOURCE,
    (f, error) => setProblems(placeServerErrors(f, error.errors)),
    'show',
    LEVELS,
  );
  const regionCode = Form.useWatch('regionCode', form) as string | undefined;
  // the duties follow the region chosen: each starts as "not set", showing the default's form
  useEffect(() => {
    if (regionCode) form.setFieldsValue(toFormValues({ regionCode, rules: {} }));
  }, [form, regionCode]);

  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      {me && (
        <Form<CreateValues>
          {...formProps}
          layout="vertical"
          style={{ maxWidth: 900 }}
          initialValues={{ ...initialKey, ...(initialKey.regionCode ? toFormValues({ regionCode: initialKey.regionCode, rules: {} }) : {}) }}
          onFinish={(v) => {
            setProblems([]);
            return formProps.onFinish?.({ regionCode: v.regionCode, year: v.year, dueRules: toDoc(v, v.regionCode, v.year) } as never);
          }}
        >
          <ParameterSetKeyFields resource={RESOURCE} prefix={PREFIX} taken={taken} levels={LEVELS} />
          <ParameterSetProblems prefix={PREFIX} problems={problems} />
          <RulesFields regionCode={regionCode} />
        </Form>
      )}
    </Create>
  );
}
