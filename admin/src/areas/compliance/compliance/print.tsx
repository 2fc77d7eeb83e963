import { useGetIdentity } from '@refinedev/core';
import { COMPLIANCE_INDICATORS, type ComplianceCell, type CurrentUser, chinaDate } from '@yibao/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PrintSheet, PrintSheetError } from '../../../components/PrintSheet';
import { type ScorecardOptions, useScorecard } from '../components/api';
import { periodParam, usePeriodLabel } from '../components/periods';
import { indicatorGroups } from '../components/scorecard';
import { STATUS_STYLE, formatComplianceValue } from '../components/status';

/**
 * The scorecard on paper: the heading, region and period, the table (areas over indicators, the rows of the screen
 * with their depth indented), each cell its value and its status in words (a black-and-white print still reads), the
 * average row, when the figures were computed and whether the period is frozen — outside the panel, like 月通报.
 */
export default function ScorecardPrint() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  const { data: me } = useGetIdentity<CurrentUser>();
  const [params] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const period = periodParam(params.get('period'));
  const options: ScorecardOptions = {
    area: params.get('area') ?? undefined,
    onlyRed: params.get('onlyRed') === 'true',
    top: Number(params.get('top')) || undefined,
    bottom: Number(params.get('bottom')) || undefined,
  };
  const { data, error } = useScorecard(regionCode, period, options);
  const root = data?.rows.find((r) => r.depth === 0);
  useEffect(() => {
    if (data) document.title = t('compliance.printView.fileTitle', { region: root?.regionName ?? data.regionCode, period: periodLabel(data.period) });
  }, [data, root, t, periodLabel]);
  const back = () => navigate(`/compliance?${params.toString()}`);
  if (error) {
    return <PrintSheetError message={t('compliance.failed')} description={error.message} labels="compliance.printView" onBack={back} />;
  }
  if (!data) return <PageLoading fullScreen />;
  const groups = indicatorGroups(data.indicators);
  const ids = groups.flatMap((g) => g.ids);
  const cellText = (c: ComplianceCell | undefined, id: (typeof ids)[number]) => {
    const status = c?.status ?? 'no_data';
    const arrow = c?.arrow === 'up' ? ' ↑' : c?.arrow === 'down' ? ' ↓' : '';
    return (
      <td key={id} style={{ background: STATUS_STYLE[status].background, color: STATUS_STYLE[status].text }}>
        {formatComplianceValue(COMPLIANCE_INDICATORS[id], c?.value)}
        {arrow}
        <br />
        {t(`complianceStatuses.${status}`)}
        {c?.changedSinceFrozen ? ` · ${t('compliance.printView.changed')}` : ''}
      </td>
    );
  };
  const today = chinaDate(new Date());
  return (
    <PrintSheet layout="wide" labels="compliance.printView" onBack={back}>
      <h1>{t('compliance.printView.heading')}</h1>
      <div className="yb-print-meta">
        <span>{t('compliance.printView.region', { region: root?.regionName ?? data.regionCode })}</span>
        <span>{t('compliance.printView.period', { period: periodLabel(data.period) })}</span>
      </div>
      <table className="yb-print-table">
        <thead>
          <tr>
            <th rowSpan={2}>{t('compliance.fields.region')}</th>
            {groups.map((g) => (
              <th key={g.area} colSpan={g.ids.length}>
                {t(`complianceAreas.${g.area}`)}
              </th>
            ))}
          </tr>
          <tr>
            {ids.map((id) => (
              <th key={id}>
                {id}
                <br />
                {t(`complianceIndicators.${id}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.regionCode}>
              <td style={{ paddingLeft: 4 + r.depth * 12 }}>{r.regionName}</td>
              {ids.map((id) => cellText(r.cells[id], id))}
            </tr>
          ))}
          <tr>
            <td>{t('compliance.average')}</td>
            {ids.map((id) => (
              <td key={id}>{formatComplianceValue(COMPLIANCE_INDICATORS[id], data.average[id])}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="yb-print-foot">
        <span>{t('compliance.printView.legend')}</span>
        <span>
          {data.computedAt
            ? t('compliance.printView.computed', { at: chinaDate(new Date(data.computedAt)) })
            : t('compliance.neverComputed', { period: periodLabel(data.period) })}
          {data.snapshotId ? ` · ${t('compliance.frozenAs', { id: data.snapshotId })}` : ''}
        </span>
        <span>{t('compliance.printView.printed', { date: today })}</span>
      </div>
    </PrintSheet>
  );
}
