import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParameterSetList } from '../../../components/parameter-sets/ParameterSetPages';
import { formatFen } from '../../../components/money';
import { RESOURCE } from './common';
import type { SubsidyStandardsRecord } from '@yibao/shared';

type Row = SubsidyStandardsRecord;

/** 资助参保标准: each pooling region's standards by year, with their approval state. */
export default function SubsidyStandardsList() {
  const { t } = useTranslation();
  const fen = (v: number | undefined) => <span className="yb-mono">{formatFen(v)}</span>;
  return (
    <ParameterSetList<Row>
      resource={RESOURCE}
      prefix="subsidy-standards"
      columns={
        <>
          <Table.Column<Row>
            key="pc"
            title={t('subsidy-standards.parameters.personalContribution')}
            align="right"
            render={(_, r) => fen(r.standards?.personalContribution?.fen)}
          />
          <Table.Column<Row>
            key="dibao"
            title={t('subsidy-standards.parameters.dibaoFixed')}
            align="right"
            render={(_, r) => fen(r.standards?.dibaoFixed?.fen)}
          />
          <Table.Column<Row>
            key="stable"
            title={t('subsidy-standards.parameters.stableShort')}
            align="right"
            render={(_, r) => fen(r.standards?.stablePhaseOut?.fen?.[0])}
          />
          <Table.Column<Row>
            key="temporary"
            title={t('subsidy-standards.parameters.temporary')}
            align="right"
            render={(_, r) => (r.standards?.temporary ? fen(r.standards.temporary.fen) : <span className="yb-muted">{t('subsidy-standards.notSet')}</span>)}
          />
        </>
      }
    />
  );
}
