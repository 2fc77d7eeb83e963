import type { ApplicableFraudParameters } from '@yibao/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Which 欺诈骗保参数 a case follows: its province's approved set of the year (a link to it), or the national defaults. */
export function ParametersBasis({ parameters: p }: { parameters: Pick<ApplicableFraudParameters, 'basis' | 'setId' | 'year'> }) {
  const { t } = useTranslation();
  return p.basis === 'provincial' && p.setId !== null ? (
    <Link to={`/fraud-parameters/show/${p.setId}`} data-testid="parameters-basis">
      {t('fraud-parameters.basis.provincial', { year: p.year })}
    </Link>
  ) : (
    <span data-testid="parameters-basis">{t('fraud-parameters.basis.national', { year: p.year })}</span>
  );
}
