import type { ScreeningParametersRecord } from '@yibao/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParameterSetList } from '../../../components/parameter-sets/ParameterSetPages';
import { formatParam } from '../components/rule-parameters';
import { PREFIX, RESOURCE } from './common';

type Row = ScreeningParametersRecord;

/** 规则参数: each pooling region's screening-rule parameters by year, with their approval state. */
export default function ScreeningParametersList() {
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
              <div>{`${t('screeningRules.split_admission')}：${formatParam(t, 'split_admission', 'days', r.parameters.rules.split_admission.days.value)}`}</div>
              <div>{`${t('screeningRules.frequent_visits')}：${formatParam(t, 'frequent_visits', 'maxVisitsPerMonth', r.parameters.rules.frequent_visits.maxVisitsPerMonth.value)}`}</div>
            </>
          )}
        />
      }
    />
  );
}
