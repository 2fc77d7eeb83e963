import { Create } from '@refinedev/antd';
import { Alert, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { ParameterSetKeyFields, useParameterSetCreate } from '../../../components/parameter-sets/ParameterSetPages';
import { RESOURCE } from '../components/policy-parameters';
import type { PolicyParametersRecord } from '@yibao/shared';

interface CreateValues {
  regionCode: string;
  year: number;
}

/**
 * 新建年度政策参数 for a pooling region (the city's own): a copy of its latest earlier year, opened in the
 * editor to be changed and then submitted. A set that already exists for the year is linked to instead.
 */
export default function PolicyParametersCreate() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const { formProps, saveButtonProps, me, taken, initialKey } = useParameterSetCreate<PolicyParametersRecord, CreateValues>(
    RESOURCE,
    (_form, error) => setProblem(error.errors ? Object.values(error.errors).flat().join('；') : error.message),
    'edit',
  );
  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      {me && (
        <Form<CreateValues>
          {...formProps}
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={initialKey}
          onFinish={(v) => {
            setProblem(undefined);
            return formProps.onFinish?.({ regionCode: v.regionCode, year: v.year });
          }}
        >
          <Typography.Paragraph type="secondary">{t('policy-parameters.hints.create')}</Typography.Paragraph>
          <ParameterSetKeyFields resource={RESOURCE} prefix="policy-parameters" taken={taken} yearTestId="parameters-year" />
          {problem && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('policy-parameters.createFailed')}
              description={problem}
              data-testid="parameters-problems"
            />
          )}
        </Form>
      )}
    </Create>
  );
}
