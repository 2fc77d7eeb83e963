import type { FraudParametersRecord } from '@yibao/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParameterSetList } from '../../../components/parameter-sets/ParameterSetPages';
import { PREFIX, RESOURCE, formatValue, multiples } from './common';

type Row = FraudParametersRecord;

/** 欺诈骗保参数: each province's time limits, thresholds and 裁量基准 by year, with their approval state. */
export default function FraudParametersList() {
  const { t } = useTranslation();
  return (
    <ParameterSetList<Row>
      resource={RESOURCE}
      prefix={PREFIX}
      columns={
        <Table.Column<Row>
          key="summary"
          title={t(`${PREFIX}.fields.summary`)}
          render={(_, r) => (
            <>
              <div>{`${t(`${PREFIX}.timeLimits.decisionDays`)}：${formatValue(t, 'timeLimits', 'decisionDays', r.parameters.timeLimits.decisionDays.value)}`}</div>
              <div>{`${t(`${PREFIX}.article`, { article: 38 })}：${(['lenient', 'ordinary', 'severe'] as const).map((tier) => multiples(r.parameters.discretion['38'][tier])).join(' / ')}`}</div>
            </>
          )}
        />
      }
    />
  );
}
