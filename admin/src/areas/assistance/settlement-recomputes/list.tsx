import { useTranslation } from 'react-i18next';
import { BackgroundJobListPage } from '../../../components/jobs/BackgroundJobPages';
import { RECOMPUTE_KIND, RecomputeButton, type RecomputeJob } from '../components/settlement-recomputes';

/**
 * 结算重算: the recomputes run in scope, newest first, each with its progress (refreshed while one runs) and
 * what it rewrote; the city starts one from the header (重算), the province reads them.
 */
export default function SettlementRecomputeList() {
  const { t } = useTranslation();
  return (
    <BackgroundJobListPage<RecomputeJob>
      kind={RECOMPUTE_KIND}
      startButton={<RecomputeButton primary />}
      filters={{ q: { kind: 'text', label: 'filters.keyword', placeholder: 'settlement-recomputes.placeholders.keyword', width: 160 } }}
      result={{
        key: 'changed',
        title: t('settlement-recomputes.fields.changed'),
        width: 120,
        align: 'right',
        render: (r) => <span data-testid="recompute-changed-cell">{`${r.changed} / ${r.settlements}`}</span>,
      }}
      scrollX={1300}
    />
  );
}
