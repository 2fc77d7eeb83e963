import { useTranslation } from 'react-i18next';
import { BackgroundJobListPage } from '../../../components/jobs/BackgroundJobPages';
import { SCREENING_RUN_KIND, ScreeningRunButton, type ScreeningRunJob } from './common';

/** 智能监控筛查: the runs in scope, newest first, each with its progress and the 疑点 it found; a city or the province starts one. */
export default function ScreeningRunList() {
  const { t } = useTranslation();
  return (
    <BackgroundJobListPage<ScreeningRunJob>
      kind={SCREENING_RUN_KIND}
      startButton={<ScreeningRunButton primary />}
      result={{
        key: 'hits',
        title: t('screening-runs.fields.created'),
        width: 140,
        render: (r) => <span data-testid="screening-run-created-cell">{r.rules.reduce((n, l) => n + l.created, 0)}</span>,
      }}
    />
  );
}
