import { Card } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ParameterSetShow } from '../../../components/parameter-sets/ParameterSetPages';
import { RESOURCE, StandardsTable, describeStandardsPath } from './common';
import type { SubsidyStandardsRecord } from '@yibao/shared';

const YUAN_PATH = /\.fen(\[\d+\])?$/;

/** One region's standards for a year: the values and their sources, the change from last year, the workflow. */
export default function SubsidyStandardsShow() {
  const { t } = useTranslation();
  const describe = useCallback((p: string) => describeStandardsPath(t, p), [t]);
  // Amounts are shown in 元 as people read them; the path keeps saying it is the fen field.
  const format = useCallback(
    (path: string, v: unknown) => (YUAN_PATH.test(path) && typeof v === 'number' ? `${(v / 100).toFixed(2)} ${t('money.yuan')}` : v),
    [t],
  );
  return (
    <ParameterSetShow<SubsidyStandardsRecord> resource={RESOURCE} prefix="subsidy-standards" describePath={describe} formatDiff={format}>
      {(record) => (
        <Card size="small" title={t('subsidy-standards.valuesTitle')} style={{ marginTop: 16 }}>
          <StandardsTable standards={record.standards} />
        </Card>
      )}
    </ParameterSetShow>
  );
}
