import type { ScreeningRunRuleLine, ScreeningRunSummary } from '@yibao/shared';
import { Card, Descriptions, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackgroundJobShowPage, BackgroundJobSummary } from '../../../components/jobs/BackgroundJobPages';
import { formatFen } from '../../../components/money';
import { SCREENING_RUN_KIND, type ScreeningRunJob } from './common';
import { listUrl } from '../../../components/listUrl';

/** Per rule: what it read (incremental from its mark, or the whole year), what it found, and a link to its 疑点 in the queue. */
function ScreeningRunRules({ result }: { result: ScreeningRunSummary }) {
  const { t } = useTranslation();
  const count = (key: keyof ScreeningRunRuleLine, width = 90) => ({ title: t(`screening-runs.fields.${key}`), dataIndex: key, align: 'right' as const, width });
  return (
    <BackgroundJobSummary
      kind={SCREENING_RUN_KIND}
      done={t('screening-runs.summary.done', {
        year: result.year,
        hits: result.rules.reduce((n, l) => n + l.hits, 0),
        created: result.rules.reduce((n, l) => n + l.created, 0),
      })}
      description={result.parameterSetId ? t('screening-runs.summary.parameterSet', { id: result.parameterSetId }) : t('screening-runs.summary.defaults')}
    >
      <Card size="small" title={t('screening-runs.summary.rulesTitle')}>
        <Table<ScreeningRunRuleLine>
          size="small"
          rowKey="ruleId"
          pagination={false}
          dataSource={result.rules}
          data-testid="screening-run-rules"
          scroll={{ x: 1100 }}
          columns={[
            { title: t('screening-runs.fields.rule'), dataIndex: 'ruleId', render: (r: string) => t(`screeningRules.${r}`) },
            {
              title: t('screening-runs.fields.read'),
              dataIndex: 'read',
              align: 'right',
              width: 160,
              render: (n: number, l) => (
                <Space size={4}>
                  {n}
                  <Tag color={l.incremental ? 'blue' : 'default'}>{t(l.incremental ? 'screening-runs.incremental' : 'screening-runs.fullRead')}</Tag>
                </Space>
              ),
            },
            count('hits'),
            count('created'),
            count('updated'),
            count('unchanged'),
            count('finished'),
            { title: t('screening-runs.fields.amountYuan'), dataIndex: 'amountAtStake', align: 'right', width: 140, render: (fen: number) => formatFen(fen) },
            {
              title: t('screening-runs.fields.suspicions'),
              key: 'suspicions',
              width: 120,
              render: (_, l) =>
                l.hits ? (
                  <Link to={listUrl('/fraud-suspicions', [{ field: 'ruleId', operator: 'eq', value: l.ruleId }])} data-testid="screening-run-suspicions">
                    {t('screening-runs.openQueue')}
                  </Link>
                ) : (
                  <span className="yb-muted">—</span>
                ),
            },
          ]}
        />
      </Card>
    </BackgroundJobSummary>
  );
}

/** 智能监控筛查 #id: the run's parameters, its progress per rule and, once done, the counts per rule. */
export default function ScreeningRunShow() {
  const { t } = useTranslation();
  return (
    <BackgroundJobShowPage<ScreeningRunJob>
      kind={SCREENING_RUN_KIND}
      facts={(job) => (
        <>
          <Descriptions.Item label={t('screening-runs.fields.rules')} span={2}>
            {(job.params.rules ?? []).map((r) => t(`screeningRules.${r}`)).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('screening-runs.fields.full')}>
            {t(job.params.full ? 'screening-runs.fullRead' : 'screening-runs.incremental')}
          </Descriptions.Item>
        </>
      )}
      summary={(result) => <ScreeningRunRules result={result} />}
    />
  );
}
