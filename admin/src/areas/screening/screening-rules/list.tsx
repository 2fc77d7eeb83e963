import { List } from '@refinedev/antd';
import type { ScreeningRuleCatalogueItem } from '@yibao/shared';
import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RuleParameterTable } from '../components/rule-parameters';
import { BasisText, DismissedByReason, PREFIX, RegionYearPickers, formatPrecision, useCatalogue, useRegionYear, yuan } from './common';

type Row = ScreeningRuleCatalogueItem;

/**
 * 规则库 (`GET /api/screening-rules?regionCode=&year=`): every rule with its type, logic and source, the parameters in
 * force for the region's pooling region with their sources, and how its 疑点 fared in the region — reviewed, confirmed,
 * dismissed by reason, precision and the confirmed amount — so a city sees which thresholds produce noise. The
 * parameters themselves are kept on the 规则参数 pages (linked).
 */
export default function ScreeningRulesList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en-US' ? 'en' : 'zh';
  const { regionCode, year, set, search } = useRegionYear();
  const { data, query } = useCatalogue<Row[]>('/screening-rules', regionCode, year);
  return (
    <List
      headerButtons={
        <>
          <RegionYearPickers regionCode={regionCode} year={year} set={set} />
          <Link to="/screening-parameters" data-testid="screening-parameters-link">
            {t('screening-parameters.link')}
          </Link>
        </>
      }
    >
      {query.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t(`${PREFIX}.failed`)} description={query.error.message} />}
      {data?.[0] && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="screening-rules-basis" message={<BasisText basis={data[0].parametersBasis} />} />
      )}
      <Table<Row> data-testid="screening-rules-table" rowKey="id" dataSource={data ?? []} loading={query.isLoading} pagination={false} scroll={{ x: 1400 }}>
        <Table.Column<Row>
          title={t(`${PREFIX}.fields.name`)}
          key="name"
          width={170}
          fixed="left"
          render={(_, r) => (
            <Link to={`/screening-rules/show/${r.id}?${search}`}>
              <strong>{r.name[lang]}</strong>
            </Link>
          )}
        />
        <Table.Column<Row> title={t(`${PREFIX}.fields.type`)} key="type" width={200} render={(_, r) => <Tag>{t(`screeningRuleTypes.${r.type}`)}</Tag>} />
        <Table.Column<Row> title={t(`${PREFIX}.fields.logic`)} key="logic" width={320} render={(_, r) => r.logic[lang]} />
        <Table.Column<Row>
          title={t(`${PREFIX}.fields.parameters`)}
          key="parameters"
          width={420}
          render={(_, r) => <RuleParameterTable rule={r.id} parameters={r.parameters} testId={`screening-rule-params-${r.id}`} />}
        />
        <Table.Column<Row> title={t(`${PREFIX}.fields.reviewed`)} key="reviewed" width={80} align="right" render={(_, r) => r.hitRate.reviewed} />
        <Table.Column<Row> title={t(`${PREFIX}.fields.confirmed`)} key="confirmed" width={80} align="right" render={(_, r) => r.hitRate.confirmed} />
        <Table.Column<Row> title={t(`${PREFIX}.fields.dismissed`)} key="dismissed" width={160} render={(_, r) => <DismissedByReason rate={r.hitRate} />} />
        <Table.Column<Row>
          title={t(`${PREFIX}.fields.precision`)}
          key="precision"
          width={90}
          align="right"
          render={(_, r) => formatPrecision(r.hitRate.precision)}
        />
        <Table.Column<Row>
          title={t(`${PREFIX}.fields.confirmedAmount`)}
          key="confirmedAmount"
          width={130}
          align="right"
          render={(_, r) => yuan(r.hitRate.confirmedAmount)}
        />
      </Table>
    </List>
  );
}
