import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParameterSetList } from '../../../components/parameter-sets/ParameterSetPages';
import { formatBp, formatFen } from '../../../components/money';
import { RESOURCE } from '../components/policy-parameters';
import type { PolicyParametersRecord } from '@yibao/shared';

type Row = PolicyParametersRecord;

/** 政策参数: each pooling region's parameters by year, with approval state and a few headline values. */
export default function PolicyParametersList() {
  const { t } = useTranslation();
  return (
    <ParameterSetList<Row>
      resource={RESOURCE}
      prefix="policy-parameters"
      stateExtra={(r) => (r.approved ? null : <Tag>{t('policy-parameters.notInForce')}</Tag>)}
      columns={
        <>
          <Table.Column<Row>
            key="inpatient"
            title={t('policy-parameters.columns.inpatientRatio')}
            render={(_, r) => <span className="yb-mono">{formatBp(r.parameters?.basic?.ratioBp?.inpatient?.secondary?.value)}</span>}
          />
          <Table.Column<Row>
            key="ci"
            title={t('policy-parameters.columns.ciDeductible')}
            align="right"
            render={(_, r) => <span className="yb-mono">{formatFen(r.parameters?.criticalIllness?.deductible?.value)}</span>}
          />
          <Table.Column<Row>
            key="warning"
            title={t('policy-parameters.columns.warningThreshold')}
            align="right"
            render={(_, r) => <span className="yb-mono">{formatFen(r.parameters?.earlyWarning?.thresholdFen?.value)}</span>}
          />
        </>
      }
    />
  );
}
