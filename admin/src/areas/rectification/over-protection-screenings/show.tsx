import type { OverProtectionScreeningLine, OverProtectionScreeningSummary } from '@yibao/shared';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionName } from '../../../components/RegionName';
import { BackgroundJobShowPage, BackgroundJobSummary } from '../../../components/jobs/BackgroundJobPages';
import { formatFen } from '../../../components/money';
import { SCREENING_KIND, type ScreeningJob } from './common';

const OUTCOME_COLORS: Record<OverProtectionScreeningLine['outcome'], string> = { created: 'red', updated: 'orange', unchanged: 'default', closed: 'green' };

/** What a finished run filed: per county × problem type the figures and what became of its item, with a link to it. */
function ScreeningSummary({ result }: { result: OverProtectionScreeningSummary }) {
  const { t } = useTranslation();
  const stat = (key: 'created' | 'updated' | 'unchanged', color?: string) => ({
    key,
    title: t(`over-protection-screenings.outcomes.${key}`),
    value: result[key],
    color,
  });
  return (
    <BackgroundJobSummary
      kind={SCREENING_KIND}
      done={t('over-protection-screenings.summary.done', { year: result.year, lines: result.lines.length })}
      stats={[stat('created', result.created ? '#cf1322' : undefined), stat('updated', result.updated ? '#ad4e00' : undefined), stat('unchanged')]}
    >
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
    </BackgroundJobSummary>
  );
}

/** One screening run: its facts and progress, read every second until it is done, then its summary (or why it failed). */
export default function ScreeningShow() {
  return <BackgroundJobShowPage<ScreeningJob> kind={SCREENING_KIND} summary={(result) => <ScreeningSummary result={result} />} />;
}
