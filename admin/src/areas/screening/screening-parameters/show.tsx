import type { ScreeningParametersRecord } from '@yibao/shared';
import { Card } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ParameterSetShow } from '../../../components/parameter-sets/ParameterSetPages';
import { PREFIX, ParametersTables, RESOURCE, describeParameterPath } from './common';

/** One pooling region's rule parameters for a year: every value with its source, the change from last year, the workflow. */
export default function ScreeningParametersShow() {
  const { t } = useTranslation();
  const describe = useCallback((p: string) => describeParameterPath(t, p), [t]);
  const format = useCallback((_: string, v: unknown) => v, []);
  return (
    <ParameterSetShow<ScreeningParametersRecord> resource={RESOURCE} prefix={PREFIX} describePath={describe} formatDiff={format}>
      {(record) => (
        <Card size="small" title={t(`${PREFIX}.valuesTitle`)} style={{ marginTop: 16 }}>
          <ParametersTables doc={record.parameters} />
        </Card>
      )}
    </ParameterSetShow>
  );
}
