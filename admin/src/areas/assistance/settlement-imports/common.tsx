import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ImportJob, ImportSummary, TemplateLinks, isFinished } from '../../../components/imports/ImportJob';

export const RESOURCE = 'settlement-imports';

/** A settlement import's figures: recorded clean, recorded with a flag, already stored (duplicate), rejected. */
export function SettlementImportSummary({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <ImportSummary
      resource={RESOURCE}
      job={job}
      stats={[
        { key: 'recorded', title: t('settlement-imports.counts.recorded'), value: job.counts.recorded ?? 0, color: '#237804' },
        { key: 'flagged', title: t('settlement-imports.counts.flagged'), value: job.counts.flagged ?? 0, color: job.counts.flagged ? '#ad4e00' : undefined },
        { key: 'duplicate', title: t('settlement-imports.counts.duplicate'), value: job.counts.duplicate ?? 0 },
      ]}
    >
      {isFinished(job) && (job.counts.flagged ?? 0) > 0 && (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          <Link to="/settlements" data-testid="open-settlements">
            {t('settlement-imports.openFlagged')}
          </Link>
        </Typography.Paragraph>
      )}
    </ImportSummary>
  );
}

export function SettlementTemplates() {
  return <TemplateLinks resource={RESOURCE} name="settlement-template" />;
}
