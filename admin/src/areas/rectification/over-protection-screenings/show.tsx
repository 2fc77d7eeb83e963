import { DateField, Show } from '@refinedev/antd';
import type { OverProtectionScreeningLine, OverProtectionScreeningSummary } from '@yibao/shared';
import { Alert, Card, Col, Descriptions, Row, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackIcon } from '../../../components/BackIcon';
import { RegionName } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { formatFen } from '../../../components/money';
import { pollUntilFinished } from '../../../hooks/useJob';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { ScreeningProgress, type ScreeningJob, ScreeningStatusTag } from './common';

const OUTCOME_COLORS: Record<OverProtectionScreeningLine['outcome'], string> = { created: 'red', updated: 'orange', unchanged: 'default', closed: 'green' };

/** What a finished run filed: per county × problem type the figures and what became of its item, with a link to it. */
function ScreeningSummary({ result }: { result: OverProtectionScreeningSummary }) {
  const { t } = useTranslation();
  const stat = (key: 'created' | 'updated' | 'unchanged', color?: string) => (
    <Col xs={24} sm={8}>
      <Card size="small">
        <Statistic
          title={t(`over-protection-screenings.outcomes.${key}`)}
          value={result[key]}
          valueStyle={color ? { color } : undefined}
          data-testid={`screening-${key}`}
        />
      </Card>
    </Col>
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="screening-summary">
      <Alert
        type="success"
        showIcon
        data-testid="screening-done"
        message={t('over-protection-screenings.summary.done', { year: result.year, lines: result.lines.length })}
      />
      <Row gutter={[16, 16]}>
        {stat('created', result.created ? '#cf1322' : undefined)}
        {stat('updated', result.updated ? '#ad4e00' : undefined)}
        {stat('unchanged')}
      </Row>
      <Card size="small" title={t('over-protection-screenings.summary.linesTitle')}>
        <Table<OverProtectionScreeningLine>
          size="small"
          rowKey={(l) => `${l.regionCode}:${l.problemType}`}
          pagination={false}
          dataSource={result.lines}
          data-testid="screening-lines"
          scroll={{ x: 900 }}
          columns={[
            { title: t('over-protection-screenings.fields.county'), dataIndex: 'regionCode', render: (c: string) => <RegionName code={c} /> },
            { title: t('rectification-items.fields.problemType'), dataIndex: 'problemType', render: (p: string) => t(`problemTypes.${p}`) },
            {
              title: t('over-protection-screenings.fields.outcome'),
              dataIndex: 'outcome',
              width: 110,
              render: (o: OverProtectionScreeningLine['outcome']) => (
                <Tag color={OUTCOME_COLORS[o]} data-testid="screening-outcome">
                  {t(`over-protection-screenings.outcomes.${o}`)}
                </Tag>
              ),
            },
            { title: t('over-protection-screenings.fields.settlements'), dataIndex: 'settlements', align: 'right', width: 100 },
            { title: t('rectification-items.fields.affectedPersons'), dataIndex: 'affectedPersons', align: 'right', width: 100 },
            {
              title: t('over-protection-screenings.fields.amountYuan'),
              dataIndex: 'amount',
              align: 'right',
              width: 140,
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('over-protection-screenings.fields.item'),
              dataIndex: 'itemId',
              width: 110,
              render: (id: number | null) =>
                id ? (
                  <Link to={`/rectification-items/show/${id}`} data-testid={`screening-item-${id}`}>
                    {t('over-protection-screenings.openItem', { id })}
                  </Link>
                ) : (
                  <span className="yb-muted">—</span>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

/** One screening run: its facts and progress, read every second until it is done, then its summary (or why it failed). */
export default function ScreeningShow() {
  const { t } = useTranslation();
  const { query, record: job, notFound } = useRecordShow<ScreeningJob>({ refetchInterval: pollUntilFinished });
  if (notFound) return <StatusPage status={404} />;
  const time = (v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm:ss" /> : <span className="yb-muted">—</span>);
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={job ? t('over-protection-screenings.recordTitle', { id: job.id }) : undefined}
      canEdit={false}
      canDelete={false}
    >
      {job && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('over-protection-screenings.fields.region')}>
              <RegionName code={job.params.regionCode ?? job.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('over-protection-screenings.fields.year')}>{job.params.year ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('over-protection-screenings.fields.status')}>
              <ScreeningStatusTag status={job.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('over-protection-screenings.fields.username')}>{job.username}</Descriptions.Item>
            <Descriptions.Item label={t('over-protection-screenings.fields.createdAt')}>{time(job.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('over-protection-screenings.fields.finishedAt')}>{time(job.finishedAt)}</Descriptions.Item>
          </Descriptions>
          <ScreeningProgress job={job} />
          {job.status === 'failed' && (
            <Alert type="error" showIcon data-testid="screening-failed" message={t('over-protection-screenings.failed')} description={job.message} />
          )}
          {job.status === 'succeeded' && job.result && <ScreeningSummary result={job.result} />}
        </Space>
      )}
    </Show>
  );
}
