import { SETTLEMENT_RECORD_FLAGS, type SettlementRecomputeSummary } from '@yibao/shared';
import { Alert, Card, Descriptions, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FlagTags } from '../../../components/AssistanceLabels';
import { RegionName } from '../../../components/RegionName';
import { regionSubtreeFilters } from '../../../components/RegionTreeSelect';
import { BackgroundJobShowPage, BackgroundJobSummary, jobInstant } from '../../../components/jobs/BackgroundJobPages';
import { listUrl } from '../../../components/listUrl';
import { RECOMPUTE_KIND, RecomputeButton, type RecomputeJob } from '../components/settlement-recomputes';

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
  const stat = (key: string, value: number, color?: string) => ({ key, title: t(`settlement-recomputes.summary.${key}`), value, color });
  return (
    <BackgroundJobSummary
      kind={RECOMPUTE_KIND}
      done={t('settlement-recomputes.summary.done', { year: result.year, settlements: result.settlements, changed: result.changed })}
      stats={[
        stat('persons', result.persons),
        stat('settlements', result.settlements),
        stat('changed', result.changed, result.changed ? '#ad4e00' : undefined),
      ]}
    >
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
    </BackgroundJobSummary>
  );
}

/** One recompute: its facts and progress, read every second until it is done, then its summary (or why it failed, and 重算 again). */
export default function SettlementRecomputeShow() {
  const { t } = useTranslation();
  return (
    <BackgroundJobShowPage<RecomputeJob>
      kind={RECOMPUTE_KIND}
      facts={(job) => (
        <>
          <Descriptions.Item label={t('settlement-recomputes.fields.unit')}>
            <RegionName code={job.regionCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('settlement-recomputes.fields.startedAt')}>{jobInstant(job.startedAt)}</Descriptions.Item>
        </>
      )}
      summary={(result) => <RecomputeSummary result={result} />}
      failedHint={(job) => t('settlement-recomputes.failedHint', { id: job.id })}
      failedAction={(job) => <RecomputeButton year={job.params.year} regionCode={job.params.regionCode} />}
    />
  );
}
