import { useTranslation } from 'react-i18next';
import { BackgroundJobListPage } from '../../../components/jobs/BackgroundJobPages';
import { SCREENING_KIND, ScreeningButton, type ScreeningJob } from './common';

/**
 * 数据筛查: the screening runs in scope, newest first, each with its progress (refreshed while one runs) and the
 * items it filed; the province or a city starts one from the header.
 */
export default function ScreeningList() {
  const { t } = useTranslation();
  return (
    <BackgroundJobListPage<ScreeningJob>
      kind={SCREENING_KIND}
      startButton={<ScreeningButton primary />}
      result={{
        key: 'items',
        title: t('over-protection-screenings.fields.items'),
        width: 160,
        render: (r) => (
          <span data-testid="screening-items-cell">
            {t('over-protection-screenings.summary.counts', { created: r.created, updated: r.updated, unchanged: r.unchanged })}
          </span>
        ),
      }}
    />
  );
}
