import type { ReportingDueRulesRecord } from '@yibao/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParameterSetList } from '../../../components/parameter-sets/ParameterSetPages';
import { PREFIX, RESOURCE, ruleText } from './common';

type Row = ReportingDueRulesRecord;

/** 报送时限: the province's and each city's due rules by year, with their approval state. */
export default function ReportingDueRulesList() {
  const { t } = useTranslation();
  return (
    <ParameterSetList<Row>
      resource={RESOURCE}
      prefix={PREFIX}
      columns={
        <Table.Column<Row>
          key="rules"
          title={t(`${PREFIX}.fields.rules`)}
          render={(_, r) => {
            const set = Object.entries(r.dueRules?.rules ?? {});
            return set.length ? (
              set.map(([duty, rule]) => <div key={duty}>{`${t(`reportingDuties.${duty}`)}：${ruleText(t, rule!)}`}</div>)
            ) : (
              <span className="yb-muted">{t(`${PREFIX}.noneSet`)}</span>
            );
          }}
        />
      }
    />
  );
}
