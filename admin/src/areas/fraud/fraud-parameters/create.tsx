import { Create } from '@refinedev/antd';
import type { FraudParametersRecord, RegionLevel } from '@yibao/shared';
import { Alert, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { ParameterSetKeyFields, useParameterSetCreate } from '../../../components/parameter-sets/ParameterSetPages';
import { PREFIX, RESOURCE } from './common';

type CreateValues = { regionCode: string; year: number };
/** a province's own 裁量基准 */
const LEVELS: RegionLevel[] = ['province'];

/**
 * 新建欺诈骗保参数 for the user's province and a year: the API starts it as a copy of the latest earlier year, or of the
 * national defaults; the values are then edited (the page opens the editor).
 */
export default function FraudParametersCreate() {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, me, taken, initialKey } = useParameterSetCreate<FraudParametersRecord, CreateValues>(
    RESOURCE,
    (_f, error) => setProblems(Object.values(error.errors ?? {}).flatMap((v) => ([] as unknown[]).concat(v).map(String))),
    'edit',
    LEVELS,
  );
  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      {me && (
        <Form<CreateValues>
          {...formProps}
          layout="vertical"
          style={{ maxWidth: 900 }}
          initialValues={initialKey}
          onFinish={(v) => {
            setProblems([]);
            return formProps.onFinish?.({ regionCode: v.regionCode, year: v.year } as never);
          }}
        >
          <ParameterSetKeyFields resource={RESOURCE} prefix={PREFIX} taken={taken} levels={LEVELS} />
          <Typography.Paragraph type="secondary">{t(`${PREFIX}.hints.create`)}</Typography.Paragraph>
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              message={t(`${PREFIX}.problems`)}
              description={problems.join('；')}
              data-testid="set-problems"
            />
          )}
        </Form>
      )}
    </Create>
  );
}
