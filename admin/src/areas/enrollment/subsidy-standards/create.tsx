import { Create } from '@refinedev/antd';
import { Alert, Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { ParameterSetKeyFields, useParameterSetCreate } from '../../../components/parameter-sets/ParameterSetPages';
import { RADIO_GROUP } from '../../../components/a11y';
import { thisYear } from '../../../components/dates';
import type { SubsidyStandardsRecord } from '@yibao/shared';
import { StandardsFields, type StandardsFormValues, checkBeforeSave, toStandards } from './StandardsFields';
import { RESOURCE } from './common';
import { placeServerErrors } from './errors';

type CreateValues = StandardsFormValues & { regionCode: string; year: number; mode: 'copy' | 'fill' };

const BLANK: StandardsFormValues = {
  standards: { personalContribution: {}, dibaoFixed: {}, stablePhaseOut: { fen: [null, null, null] }, temporary: null, temporaryCap: null },
  enabled: { temporary: false, temporaryCap: false },
};

/**
 * 新建资助标准 for a pooling region (a city) and year: copied from the previous year (then edited), or
 * entered from scratch. An existing set for that year is linked to instead.
 */
export default function SubsidyStandardsCreate() {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, form, me, year, taken, initialKey } = useParameterSetCreate<SubsidyStandardsRecord, CreateValues>(RESOURCE, (f, error) =>
    setProblems(placeServerErrors(f, error.errors)),
  );
  const mode = Form.useWatch('mode', form);

  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      {me && (
        <Form<CreateValues>
          {...formProps}
          layout="vertical"
          style={{ maxWidth: 900 }}
          initialValues={{ ...initialKey, mode: 'copy', ...BLANK }}
          onFinish={(v) => {
            setProblems([]);
            if (v.mode === 'copy') return formProps.onFinish?.({ regionCode: v.regionCode, year: v.year } as never);
            const standards = toStandards(v, v.regionCode, v.year);
            if (!checkBeforeSave(form, standards)) return;
            return formProps.onFinish?.({ regionCode: v.regionCode, year: v.year, standards } as never);
          }}
        >
          <ParameterSetKeyFields resource={RESOURCE} prefix="subsidy-standards" taken={taken} />
          <Form.Item label={t('subsidy-standards.fields.mode')} name="mode">
            <Radio.Group
              {...RADIO_GROUP}
              options={[
                { value: 'copy', label: t('subsidy-standards.modes.copy', { year: (year ?? thisYear()) - 1 }) },
                { value: 'fill', label: t('subsidy-standards.modes.fill') },
              ]}
            />
          </Form.Item>
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('subsidy-standards.problems')}
              description={problems.join('；')}
              data-testid="standards-problems"
            />
          )}
          {mode === 'fill' && <StandardsFields />}
        </Form>
      )}
    </Create>
  );
}
