import type { EnrollmentFigures } from '@yibao/shared';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { MetMark } from '../../../components/EnrollmentLabels';
import { formatBp } from '../../../components/money';

/** A count that needs attention (not enrolled, overdue) in red once it is above zero. */
export const redWhenPositive = (n: number) => (n > 0 ? <span style={{ color: '#cf1322' }}>{n}</span> : n);

interface RateRow extends EnrollmentFigures {
  targetBp: number | null;
  met: boolean | null;
}

/**
 * The enrollment figures of a region against its target, as the rates page and the monthly bulletin show them:
 * persons, valid exclusions, enrolled, not enrolled, rate, target and whether it is met. `source` is the
 * target's source where the row has its own (the rates page); the bulletin's target is the page's.
 */
export function rateColumns<R extends RateRow>(t: TFunction, { metWidth, source }: { metWidth: number; source?: (r: R) => string | null }): ColumnsType<R> {
  return [
    { title: t('enrollment-rates.fields.persons'), dataIndex: 'persons', align: 'right' },
    { title: t('enrollment-rates.fields.validExclusions'), dataIndex: 'validExclusions', align: 'right' },
    {
      title: t('enrollment-rates.fields.enrolled'),
      dataIndex: 'enrolled',
      align: 'right',
      onCell: () => ({ 'data-testid': 'cell-enrolled' }) as object,
    },
    { title: t('enrollment-rates.fields.notEnrolled'), dataIndex: 'notEnrolled', align: 'right', render: redWhenPositive },
    {
      title: t('enrollment-rates.fields.rate'),
      dataIndex: 'rateBp',
      align: 'right',
      onCell: () => ({ 'data-testid': 'cell-rate' }) as object,
      render: (bp: number | null, r) => <strong style={r.met === false ? { color: '#cf1322' } : undefined}>{formatBp(bp)}</strong>,
    },
    {
      title: t('enrollment-rates.fields.target'),
      dataIndex: 'targetBp',
      align: 'right',
      render: (bp: number | null) => (bp === null ? <span className="yb-muted">—</span> : formatBp(bp)),
    },
    {
      title: t('enrollment-rates.fields.met'),
      dataIndex: 'met',
      width: metWidth,
      render: (met: boolean | null, r) => <MetMark met={met} targetBp={r.targetBp} source={source ? source(r) : null} />,
    },
  ];
}
