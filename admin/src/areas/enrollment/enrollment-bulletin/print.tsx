import { chinaDate, regionLevelOf, type BulletinFigures } from '@yibao/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PrintSheet, PrintSheetError } from '../../../components/PrintSheet';
import { formatBp } from '../../../components/money';
import { RESOURCE, useBulletin, useBulletinParams } from './common';

/**
 * The bulletin on paper: 「医疗保障扶贫资助参保月通报」, the region and month, the table with its total,
 * and the date it was generated — on its own page without the panel, the same figures as the XLSX.
 */
export default function EnrollmentBulletinPrint() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { regionCode, month } = useBulletinParams();
  const { bulletin, error } = useBulletin(regionCode, month);
  const [y, m] = month.split('-').map(Number);
  useEffect(() => {
    if (bulletin) document.title = t('enrollment-bulletin.print.fileTitle', { region: bulletin.regionName, y, m });
  }, [bulletin, t, y, m]);

  const back = () => navigate(`/${RESOURCE}?${new URLSearchParams({ regionCode: regionCode ?? '', month }).toString()}`);
  if (error) {
    return <PrintSheetError message={t('enrollment-bulletin.failed')} description={error.message} labels="enrollment-bulletin.print" onBack={back} />;
  }
  if (!bulletin) return <PageLoading fullScreen />;
  const [gy, gm, gd] = chinaDate(bulletin.generatedAt).split('-').map(Number);
  const cells = (f: BulletinFigures) => [
    f.persons,
    f.validExclusions,
    f.enrolled,
    f.notEnrolled,
    formatBp(f.rateBp),
    f.targetBp === null ? '—' : formatBp(f.targetBp),
    f.met === null ? '—' : f.met ? '✓' : '✗',
    f.tasksOpened,
    f.tasksClosed,
    f.tasksOverdue,
  ];

  return (
    <PrintSheet layout="bulletin" labels="enrollment-bulletin.print" onBack={back}>
      <h1>{t('enrollment-bulletin.print.heading')}</h1>
      <div className="yb-print-meta">
        <span>
          {t('enrollment-bulletin.print.region')}
          {bulletin.regionName ?? bulletin.regionCode}
        </span>
        <span>
          {t('enrollment-bulletin.print.month')}
          {t('enrollment-bulletin.print.monthValue', { y, m })}
        </span>
      </div>
      <table className="yb-print-table">
        <thead>
          <tr>
            <th rowSpan={2}>{t('enrollment-bulletin.fields.unit')}</th>
            <th rowSpan={2}>{t('enrollment-rates.fields.persons')}</th>
            <th rowSpan={2}>{t('enrollment-rates.fields.validExclusions')}</th>
            <th rowSpan={2}>{t('enrollment-rates.fields.enrolled')}</th>
            <th rowSpan={2}>{t('enrollment-rates.fields.notEnrolled')}</th>
            <th rowSpan={2}>{t('enrollment-rates.fields.rate')}</th>
            <th rowSpan={2}>{t('enrollment-rates.fields.target')}</th>
            <th rowSpan={2}>{t('enrollment-rates.fields.met')}</th>
            <th colSpan={3}>{t('enrollment-bulletin.fields.tasks')}</th>
          </tr>
          <tr>
            <th>{t('enrollment-bulletin.fields.tasksOpened')}</th>
            <th>{t('enrollment-bulletin.fields.tasksClosed')}</th>
            <th>{t('enrollment-bulletin.fields.tasksOverdue')}</th>
          </tr>
        </thead>
        <tbody>
          {bulletin.rows.map((r) => (
            <tr key={r.regionCode}>
              <td style={r.level === 'county' && regionLevelOf(bulletin.regionCode) === 'province' ? { paddingLeft: 18 } : undefined}>
                {r.regionName ?? r.regionCode}
              </td>
              {cells(r).map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
          <tr className="yb-print-total">
            <td>{t('enrollment-bulletin.total')}</td>
            {cells(bulletin.total).map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="yb-print-foot">
        <span>{t('enrollment-bulletin.print.note')}</span>
        <span data-testid="print-generated">
          {t('enrollment-bulletin.print.generated')}
          {t('enrollment-bulletin.print.date', { y: gy, m: gm, d: gd })}
        </span>
      </div>
    </PrintSheet>
  );
}
