import { type ResponsibilityTableRecord, chinaDate } from '@yibao/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PrintSheet } from '../../../components/PrintSheet';
import { StatusPage } from '../../../components/StatusPage';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { RESOURCE, ROW_FIELDS, tableTitle } from '../components/responsibility-tables';

/**
 * The print view: the official layout of S0 Annex 2 — title, 填报单位（盖章）, 填报时间 and the five columns —
 * on its own page without the panel around it, the same content as the XLSX export.
 */
export default function ResponsibilityTablePrint() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const { record, notFound } = useRecordShow<ResponsibilityTableRecord>({ resource: RESOURCE, id });
  // The printed file's default name is the document title.
  useEffect(() => {
    if (record?.id) document.title = tableTitle(t, record);
  }, [record, t]);

  if (notFound) return <StatusPage status={404} />;
  if (!record?.id) return <PageLoading fullScreen />;
  const filed = record.lastSubmittedAt ? chinaDate(record.lastSubmittedAt) : null;
  const [y, m, d] = filed ? filed.split('-').map(Number) : [];

  return (
    <PrintSheet layout="form" labels="responsibility-tables.print" onBack={() => navigate(`/responsibility-tables/show/${record.id}`)}>
      <h1>{t('responsibility-tables.print.heading', { year: record.year })}</h1>
      <div className="yb-print-meta">
        <span>
          {t('responsibility-tables.print.unit')}
          {t('responsibility-tables.print.unitName', { region: record.regionName ?? record.regionCode })}
        </span>
        <span>
          {t('responsibility-tables.print.filedAt')}
          {filed ? t('responsibility-tables.print.date', { y, m, d }) : t('responsibility-tables.print.notFiled')}
        </span>
      </div>
      <table className="yb-print-table">
        <colgroup>
          <col style={{ width: '28%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '30%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '17%' }} />
        </colgroup>
        <thead>
          <tr>
            {ROW_FIELDS.map((f) => (
              <th key={f}>{t(`responsibility-tables.fields.${f}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {record.rows.map((row, i) => (
            <tr key={i}>
              {ROW_FIELDS.map((f) => (
                <td key={f}>{row[f]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
