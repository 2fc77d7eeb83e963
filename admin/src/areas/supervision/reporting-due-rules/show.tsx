import type { ReportingDueRulesRecord } from '@yibao/shared';
import { Card } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ParameterSetShow } from '../../../components/parameter-sets/ParameterSetPages';
import { PREFIX, RESOURCE, RulesTable, describeRulePath } from './common';

/** One unit's due rules for a year: per duty its rule and source (or the level above's), the change from last year, the workflow. */
export default function ReportingDueRulesShow() {
  const { t } = useTranslation();
  const describe = useCallback((p: string) => describeRulePath(t, p), [t]);
  const format = useCallback((_: string, v: unknown) => v, []);
  return (
    <ParameterSetShow<ReportingDueRulesRecord> resource={RESOURCE} prefix={PREFIX} describePath={describe} formatDiff={format}>
      {(record) => (
        <Card size="small" title={t(`${PREFIX}.valuesTitle`)} style={{ marginTop: 16 }}>
          <RulesTable doc={record.dueRules} />
        </Card>
      )}
    </ParameterSetShow>
  );
}
