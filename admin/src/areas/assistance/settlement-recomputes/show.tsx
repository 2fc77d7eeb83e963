import { DateField, Show } from '@refinedev/antd';
import { SETTLEMENT_RECORD_FLAGS, type SettlementRecomputeSummary } from '@yibao/shared';
import { Alert, Card, Col, Descriptions, Row, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FlagTags } from '../../../components/AssistanceLabels';
import { BackIcon } from '../../../components/BackIcon';
import { RegionName } from '../../../components/RegionName';
import { regionSubtreeFilters } from '../../../components/RegionTreeSelect';
import { StatusPage } from '../../../components/StatusPage';
import { listUrl } from '../../../components/listUrl';
import { pollUntilFinished } from '../../../hooks/useJob';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { RecomputeButton, type RecomputeJob, RecomputeProgress, RecomputeStatusTag } from '../components/settlement-recomputes';

/** The settlements list opened on a year, a region's subtree and, optionally, one flag. */
function settlementsUrl(year: number, regionCode: string, flag?: string): string {
  return listUrl('/settlements', [
    { field: 'year', operator: 'eq', value: year },
    ...regionSubtreeFilters('regionCode', regionCode),
    { field: 'flag', operator: 'eq', value: flag },
  ]);
}

interface FlagRow {
  flag: string;
  count: number;
}

/** What a finished run did: persons and settlements gone through, rows rewritten, flags after it, regions left out. */
function RecomputeSummary({ result }: { result: SettlementRecomputeSummary }) {
  const { t } = useTranslation();
  const flags: FlagRow[] = [
    ...SETTLEMENT_RECORD_FLAGS,
    ...Object.keys(result.flags).filter((f) => !(SETTLEMENT_RECORD_FLAGS as readonly string[]).includes(f)),
  ].map((flag) => ({ flag, count: result.flags[flag] ?? 0 }));
  const stat = (key: string, value: number, color?: string) => (
    <Col xs={24} sm={8}>
      <Card size="small">
        <Statistic
          title={t(`settlement-recomputes.summary.${key}`)}
          value={value}
          valueStyle={color ? { color } : undefined}
          data-testid={`recompute-${key}`}
        />
      </Card>
    </Col>
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="recompute-summary">
      <Alert
        type="success"
        showIcon
        data-testid="recompute-done"
        message={t('settlement-recomputes.summary.done', { year: result.year, settlements: result.settlements, changed: result.changed })}
      />
      <Row gutter={[16, 16]}>
        {stat('persons', result.persons)}
        {stat('settlements', result.settlements)}
        {stat('changed', result.changed, result.changed ? '#ad4e00' : undefined)}
      </Row>
      <Card size="small" title={t('settlement-recomputes.summary.flagsTitle')}>
        <Table<FlagRow>
          size="small"
          rowKey="flag"
          pagination={false}
          dataSource={flags}
          data-testid="recompute-flags"
          columns={[
            { title: t('settlements.fields.flags'), dataIndex: 'flag', render: (f: string) => <FlagTags flags={[f]} /> },
            {
              title: t('settlement-recomputes.summary.flagCount'),
              dataIndex: 'count',
              align: 'right',
              width: 160,
              render: (n: number, r) =>
                n ? (
                  <Link to={settlementsUrl(result.year, result.regionCode, r.flag)} data-testid={`flag-count-${r.flag}`}>
                    {n}
                  </Link>
                ) : (
                  <span className="yb-muted">0</span>
                ),
            },
          ]}
        />
      </Card>
      {result.skipped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="recompute-skipped"
          message={t('settlement-recomputes.summary.skipped', { count: result.skipped.length })}
          description={
            <>
              <Space wrap size={[16, 4]} style={{ marginBottom: 4 }}>
                {result.skipped.map((code) => (
                  <RegionName key={code} code={code} />
                ))}
              </Space>
              <div>
                {t('settlement-recomputes.summary.skippedHint', { year: result.year })}{' '}
                <Link to="/policy-parameters">{t('settlement-recomputes.summary.openParameters')}</Link>
              </div>
            </>
          }
        />
      )}
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        <Link to={settlementsUrl(result.year, result.regionCode)} data-testid="open-settlements">
          {t('settlement-recomputes.summary.openSettlements', { year: result.year })}
        </Link>
      </Typography.Paragraph>
    </Space>
  );
}

/** One recompute: its facts and progress, read every second until it is done, then its summary (or why it failed). */
export default function SettlementRecomputeShow() {
  const { t } = useTranslation();
  const { query, record: job, notFound } = useRecordShow<RecomputeJob>({ refetchInterval: pollUntilFinished });
  if (notFound) return <StatusPage status={404} />;
  const year = job?.params.year;
  const region = job?.params.regionCode;
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={job ? t('settlement-recomputes.recordTitle', { id: job.id }) : undefined}
      canEdit={false}
      canDelete={false}
    >
      {job && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('settlement-recomputes.fields.region')}>
              <RegionName code={region} />
            </Descriptions.Item>
            <Descriptions.Item label={t('settlement-recomputes.fields.year')}>{year ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('settlement-recomputes.fields.status')}>
              <RecomputeStatusTag status={job.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('settlement-recomputes.fields.username')}>{job.username}</Descriptions.Item>
            <Descriptions.Item label={t('settlement-recomputes.fields.unit')}>
              <RegionName code={job.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('settlement-recomputes.fields.createdAt')}>
              <DateField value={job.createdAt} format="YYYY-MM-DD HH:mm:ss" />
            </Descriptions.Item>
            <Descriptions.Item label={t('settlement-recomputes.fields.startedAt')}>
              {job.startedAt ? <DateField value={job.startedAt} format="YYYY-MM-DD HH:mm:ss" /> : <span className="yb-muted">—</span>}
            </Descriptions.Item>
            <Descriptions.Item label={t('settlement-recomputes.fields.finishedAt')}>
              {job.finishedAt ? <DateField value={job.finishedAt} format="YYYY-MM-DD HH:mm:ss" /> : <span className="yb-muted">—</span>}
            </Descriptions.Item>
          </Descriptions>
          <RecomputeProgress job={job} />
          {job.status === 'failed' && (
            <Alert
              type="error"
              showIcon
              data-testid="recompute-failed"
              message={t('settlement-recomputes.failed')}
              description={
                <>
                  {job.message && <div>{job.message}</div>}
                  <div>{t('settlement-recomputes.failedHint', { id: job.id })}</div>
                </>
              }
              action={<RecomputeButton year={year} regionCode={region} />}
            />
          )}
          {job.status === 'succeeded' && job.result && <RecomputeSummary result={job.result} />}
        </Space>
      )}
    </Show>
  );
}
