import { useCan } from '@refinedev/core';
import { DISCRETION_TIERS, FRAUD_CASE_OPEN_STATES, type FraudCaseRecord, articleFineRange, suggestedFine, totalPausedDays } from '@yibao/shared';
import { Card, Descriptions, Space, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { RegionLabel } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowHistory, WorkflowRecordNotices } from '../../../components/WorkflowHistory';
import { WorkflowShow } from '../../../components/WorkflowShow';
import { WorkflowStateTag } from '../../../components/WorkflowStateTag';
import { formatFen } from '../../../components/money';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { CASES, CauseTags, Countdown, chinaToday } from '../components/codes';
import { CollectiveDiscussionButton, CourtEnforcementButton, ExecutionButton, ExtensionButton, PauseButton, SupervisionButton } from './forms';
import { DeadlineTables, DecisionTab, DocumentsTab, EvidenceTab, ExecutionTab, NoticeHearingTab, PartiesTab } from './sections';
import { ParametersBasis } from '../components/ParametersBasis';

const none = <span className="yb-muted">—</span>;

/** 概况: the case at a glance — causes, amount, dates, the decision countdown with its pauses and extensions, 督办. */
function Overview({ record: r }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const paused = totalPausedDays(r.pauses, chinaToday().format('YYYY-MM-DD'));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <DetailDescriptions>
        <Descriptions.Item label={t('fraud-cases.fields.caseNo')}>
          <span className="yb-mono">{r.caseNo}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.state')}>
          <Space size={4}>
            <WorkflowStateTag resource={CASES} state={r.state} />
            {r.supervised && <Tag color="volcano">{t('fraud-cases.supervisedTag')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.region')}>
          <RegionLabel name={r.regionName} code={r.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.clue')}>
          {r.clueId !== null ? <Link to={`/fraud-clues/show/${r.clueId}`}>{t('fraud-cases.clueNo', { id: r.clueId })}</Link> : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.causes')} span={2}>
          <CauseTags causes={r.causes} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.amountInvolved')}>
          <span className="yb-mono">{formatFen(r.amountInvolved)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.conductEndedOn')}>
          {r.conductEndedOn}
          {r.healthHarmed && <Tag style={{ marginLeft: 4 }}>{t('fraud-cases.healthHarmed')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.filedOn')}>{r.filedOn}</Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.decisionDueOn')}>
          <Space direction="vertical" size={0}>
            <span data-testid="case-decision-due">{r.decisionDueOn}</span>
            <Countdown countdown={r.countdown} />
            <ParametersBasis parameters={r.parameters} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.pausedDays')}>{t('fraud-cases.daysCount', { days: paused })}</Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.extendedDays')}>
          {t('fraud-cases.daysCount', { days: r.extensions.reduce((s, e) => s + e.days, 0) })}
        </Descriptions.Item>
        {r.supervision && (
          <Descriptions.Item label={t('fraud-cases.fields.supervision')} span={2}>
            {t('fraud-cases.supervision.summary', { letterNo: r.supervision.letterNo, dueOn: r.supervision.dueOn, by: r.supervision.by })}
          </Descriptions.Item>
        )}
        {r.terminationReason && (
          <Descriptions.Item label={t('fraud-cases.fields.terminationReason')} span={2}>
            {r.terminationReason}
          </Descriptions.Item>
        )}
      </DetailDescriptions>
      <Card
        size="small"
        title={t('fraud-cases.deadline')}
        extra={
          <Space wrap>
            <PauseButton record={r} />
            <ExtensionButton record={r} />
          </Space>
        }
      >
        <DeadlineTables record={r} />
      </Card>
    </Space>
  );
}

/** In the 作出处理决定 dialog: the statutory fine range and each tier's suggestion (the 决定 tab has the details). */
function FineHint({ record: r }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const range = articleFineRange(r.causes, r.amountInvolved);
  if (!range) return null;
  const tiers = DISCRETION_TIERS.flatMap((tier) => {
    const s = suggestedFine(r.causes, r.amountInvolved, tier, r.parameters.tiers, r.parameters.tierSources);
    return s ? [`${t(`discretionTiers.${tier}`)} ${formatFen(s.min)}–${formatFen(s.max)}`] : [];
  });
  return (
    <span data-testid="decide-fine-hint">
      {t('fraud-cases.suggestion.hint', { min: formatFen(range.min), max: formatFen(range.max), tiers: tiers.join('；') })}
    </span>
  );
}

/**
 * 案卷: one case on tabs — 概况, 当事人, 证据, 时间线 (the engine's history), 告知与听证, 决定 (with the fine the article and
 * the discretion tiers suggest), 执行, 文书. The workflow's steps are in the header (their payload dialog asks for the
 * step's document and date); a step a statutory guard refuses names the guard and its article (providers/http.ts).
 * Pauses, extensions, the collective discussion, executions and 督办 are small forms on their tabs.
 */
export default function FraudCaseShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<FraudCaseRecord>();
  const { data: canEdit } = useCan({ resource: CASES, action: 'edit' });
  if (notFound) return <StatusPage status={404} />;
  const editable = Boolean(canEdit?.can) && r !== undefined && !['closed', 'terminated'].includes(r.state);
  return (
    <WorkflowShow
      resource={CASES}
      record={r}
      title={r?.title}
      isLoading={query.isLoading}
      explain={(action) => (action === 'decide' && r ? { note: <FineHint record={r} />, commentRequired: false } : undefined)}
      buttons={r && <SupervisionButton record={r} />}
    >
      {r && (
        <>
          <WorkflowRecordNotices
            resource={CASES}
            record={r}
            overdue={
              r.countdown?.overdue &&
              (FRAUD_CASE_OPEN_STATES as readonly string[]).includes(r.state) &&
              t('fraud-cases.overdueNotice', { date: r.decisionDueOn })
            }
            testId="case-overdue"
          />
          <Tabs
            data-testid="case-tabs"
            items={[
              { key: 'overview', label: t('fraud-cases.tabs.overview'), children: <Overview record={r} /> },
              { key: 'parties', label: t('fraud-cases.tabs.parties'), children: <PartiesTab record={r} /> },
              {
                key: 'evidence',
                label: t('fraud-cases.tabs.evidence', { count: r.attachmentCount }),
                children: <EvidenceTab record={r} editable={editable} />,
              },
              {
                key: 'timeline',
                label: t('fraud-cases.tabs.timeline'),
                children: (
                  <Card size="small">
                    <WorkflowHistory resource={CASES} id={r.id} />
                  </Card>
                ),
              },
              {
                key: 'notice',
                label: t('fraud-cases.tabs.notice'),
                children: <NoticeHearingTab record={r} buttons={<CollectiveDiscussionButton record={r} />} />,
              },
              { key: 'decision', label: t('fraud-cases.tabs.decision'), children: <DecisionTab record={r} /> },
              {
                key: 'execution',
                label: t('fraud-cases.tabs.execution'),
                children: (
                  <ExecutionTab
                    record={r}
                    buttons={
                      <Space wrap>
                        <ExecutionButton record={r} />
                        <CourtEnforcementButton record={r} />
                      </Space>
                    }
                  />
                ),
              },
              { key: 'documents', label: t('fraud-cases.tabs.documents'), children: <DocumentsTab record={r} editable={editable} /> },
            ]}
          />
        </>
      )}
    </WorkflowShow>
  );
}
