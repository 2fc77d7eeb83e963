import { DIFFERENCE_TYPES, type DifferenceType } from '@yibao/shared';
import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DifferenceTypeTag } from '../../../components/EnrollmentLabels';
import { type ImportJob, ImportSummary as JobSummary, TemplateLinks as Templates, isFinished } from '../../../components/imports/ImportJob';
import { listUrl } from '../../../components/listUrl';

export { type ImportJob, ImportProgress, ImportStatusTag, isFinished } from '../../../components/imports/ImportJob';

export const RESOURCE = 'roster-imports';

/**
 * Rows and difference counts of a finished (or running) roster comparison, with the error report. The line
 * figures (with differences / ledger updated / unchanged, and rejected) add up to the lines processed; the
 * cards by type count verification tasks (a line may raise two).
 */
export function ImportSummary({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const types = DIFFERENCE_TYPES.filter((d) => (job.counts[d] ?? 0) > 0 || isFinished(job));
  const tasks = DIFFERENCE_TYPES.reduce((n, d) => n + (job.counts[d] ?? 0), 0);
  return (
    <JobSummary
      resource={RESOURCE}
      job={job}
      extraFacts={<Descriptions.Item label={t('roster-imports.fields.month')}>{job.params.month ?? '—'}</Descriptions.Item>}
      stats={[
        { key: 'differences', title: t('roster-imports.summary.differences'), value: job.counts.differences ?? 0 },
        { key: 'updated', title: t('roster-imports.summary.updated'), value: job.counts.updated ?? 0 },
        { key: 'unchanged', title: t('roster-imports.summary.unchanged'), value: job.counts.unchanged ?? 0 },
      ]}
    >
      <Card size="small" title={t('roster-imports.summary.byType')}>
        <Row gutter={[16, 12]} data-testid="difference-counts">
          {types.map((d: DifferenceType) => (
            <Col key={d} xs={12} md={8} xl={4}>
              <Space direction="vertical" size={2} data-testid={`count-${d}`}>
                <DifferenceTypeTag type={d} />
                <span style={{ fontSize: 20, fontWeight: 600 }}>{job.counts[d] ?? 0}</span>
              </Space>
            </Col>
          ))}
        </Row>
        {tasks > 0 && job.params.month && (
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            <Link to={listUrl('/verification-tasks', [{ field: 'month', operator: 'eq', value: job.params.month }])} data-testid="open-tasks">
              {t('roster-imports.openTasks', { month: job.params.month })}
            </Link>
          </Typography.Paragraph>
        )}
      </Card>
    </JobSummary>
  );
}

/** 导入模板 (CSV / XLSX, Chinese headers). */
export function TemplateLinks() {
  return <Templates resource={RESOURCE} name="roster-template" />;
}
