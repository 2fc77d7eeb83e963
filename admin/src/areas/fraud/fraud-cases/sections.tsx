import {
  DISCRETION_TIERS,
  FRAUD_ARTICLE_TEXTS,
  FRAUD_CAUSE_BASIS,
  FRAUD_EXECUTION_KINDS,
  type FraudCaseRecord,
  type FraudExecutionRecord,
  type FraudNoticeRecord,
  type FraudPauseRecord,
  type RevealedIdNumber,
  articleFineRange,
  governingArticle,
  suggestedFine,
} from '@yibao/shared';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealButton, RevealedValue } from '../../../components/RevealButton';
import { Attachments } from '../../../components/attachments/Attachments';
import { formatFen } from '../../../components/money';
import { useRecordAction } from '../../../hooks/useRecordAction';
import { CASES } from '../components/codes';
import { ParametersBasis } from '../components/ParametersBasis';
import { EndPauseButton } from './forms';

const none = <span className="yb-muted">—</span>;
const fen = (v: number | null | undefined) => <span className="yb-mono">{formatFen(v)}</span>;
const small = { size: 'small' as const, column: { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }, bordered: true };

/** The party's ID number, masked; 查看 (permission `reveal`, a reason, audited) shows it on this page until it is left. */
function PartyIdNumber({ record: r }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const [full, setFull] = useState<string>();
  if (full) return <RevealedValue value={full} onHide={() => setFull(undefined)} />;
  return (
    <Space size={6} wrap>
      <span className="yb-mono">{r.idNumber}</span>
      <RevealButton<RevealedIdNumber>
        resource={CASES}
        id={r.id}
        title={t('fraud-cases.reveal.title', { party: r.partyName })}
        warning={t('fraud-cases.reveal.warning')}
        label={t('fraud-cases.reveal.button')}
        onRevealed={(v) => setFull(v.idNumber)}
      />
    </Space>
  );
}

/** 当事人: the party, the institution or person (ID number masked), and the officers with their 执法证号. */
export function PartiesTab({ record: r }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Descriptions {...small} data-testid="case-party">
        <Descriptions.Item label={t('fraud-cases.fields.partyName')}>{r.partyName}</Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.partyType')}>{t(`fraudPartyTypes.${r.partyType}`)}</Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.institution')}>
          {r.institutionCode ? `${r.institutionName ?? ''} ${r.institutionCode}`.trim() : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('fraud-cases.fields.idNumber')}>{r.idNumber ? <PartyIdNumber record={r} /> : none}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('fraud-cases.officers', { count: r.officers.length })}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={r.officers}
          data-testid="case-officers"
          columns={[
            { title: t('fraud-cases.fields.officer'), dataIndex: 'displayName' },
            {
              title: t('fraud-cases.fields.enforcementCertNo'),
              dataIndex: 'enforcementCertNo',
              render: (no: string | null) => (no ? <span className="yb-mono">{no}</span> : <Tag color="red">{t('fraud-cases.noCert')}</Tag>),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

/**
 * 证据: the case's evidence files. The evidence type of each file (the eight of 令第4号 art. 19) is chosen on upload and
 * corrected in the list by the case's officers (`Attachments`: PATCH /api/attachments/:id).
 */
export function EvidenceTab({ record: r, editable }: { record: FraudCaseRecord; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('fraud-cases.evidenceHint')}</Typography.Text>
      <Attachments resource={CASES} id={r.id} editable={editable} />
    </Space>
  );
}

function NoticeRows({ notices }: { notices: FraudNoticeRecord[] }) {
  const { t } = useTranslation();
  return (
    <Table<FraudNoticeRecord>
      rowKey="noticeNo"
      size="small"
      pagination={false}
      dataSource={notices}
      data-testid="case-notices"
      locale={{ emptyText: t('fraud-cases.notNotified') }}
      columns={[
        { title: t('fraud-cases.notice.noticeNo'), dataIndex: 'noticeNo' },
        { title: t('fraud-cases.notice.noticedOn'), dataIndex: 'noticedOn', width: 110 },
        { title: t('fraud-cases.notice.proposedFine'), dataIndex: 'proposedFine', align: 'right', render: fen },
        { title: t('fraud-cases.notice.proposedRecoup'), dataIndex: 'proposedRecoup', align: 'right', render: fen },
        {
          title: t('fraud-cases.notice.measures'),
          dataIndex: 'measures',
          render: (m: string[]) => (m.length ? m.map((c) => <Tag key={c}>{t(`fraudMeasures.${c}`)}</Tag>) : none),
        },
        {
          title: t('fraud-cases.notice.hearingOffered'),
          dataIndex: 'hearingOffered',
          width: 90,
          render: (v: boolean) => (v ? t('workflow.yes') : t('workflow.no')),
        },
        { title: t('fraud-cases.notice.statementEndsOn'), dataIndex: 'statementEndsOn', width: 120 },
        { title: t('fraud-cases.notice.changeReason'), dataIndex: 'changeReason', render: (v: string | null) => v ?? none },
      ]}
    />
  );
}

/** 法制审核, 告知与听证 and the collective discussion: each step's document and dates. */
export function NoticeHearingTab({ record: r, buttons }: { record: FraudCaseRecord; buttons: ReactNode }) {
  const { t } = useTranslation();
  const review = r.legalReview;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card size="small" title={t('fraud-cases.legalReview')}>
        {review ? (
          <Descriptions {...small} data-testid="case-legal-review">
            <Descriptions.Item label={t('fraud-cases.review.reviewer')}>{review.reviewerName}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.review.requestedOn')}>{review.requestedOn}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.review.dueOn')}>{review.dueOn}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.review.reviewedOn')}>
              {review.reviewedOn ? (
                <Space size={4}>
                  {review.reviewedOn}
                  <Tag color={review.passed ? 'green' : 'orange'}>{review.passed ? t('fraud-cases.review.passed') : t('fraud-cases.review.returned')}</Tag>
                </Space>
              ) : (
                none
              )}
            </Descriptions.Item>
            {review.comment && (
              <Descriptions.Item label={t('fraud-cases.review.comment')} span={2}>
                {review.comment}
              </Descriptions.Item>
            )}
          </Descriptions>
        ) : (
          <span className="yb-muted">{t('fraud-cases.noReview')}</span>
        )}
      </Card>
      <Card size="small" title={t('fraud-cases.notices')}>
        <NoticeRows notices={r.notices} />
      </Card>
      <Card size="small" title={t('fraud-cases.hearing')}>
        {r.hearing ? (
          <Descriptions {...small} data-testid="case-hearing">
            <Descriptions.Item label={t('fraud-cases.hearingFields.requestedOn')}>{r.hearing.requestedOn}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.hearingFields.hearingOn')}>{r.hearing.hearingOn}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.hearingFields.concludedOn')}>{r.hearing.concludedOn ?? none}</Descriptions.Item>
          </Descriptions>
        ) : (
          <span className="yb-muted">{t('fraud-cases.noHearing')}</span>
        )}
      </Card>
      <Card size="small" title={t('fraud-cases.collective.title')} extra={buttons}>
        {r.collectiveDiscussion ? (
          <Descriptions {...small} data-testid="case-collective">
            <Descriptions.Item label={t('fraud-cases.collective.heldOn')}>{r.collectiveDiscussion.heldOn}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.collective.participants')}>{r.collectiveDiscussion.participants.join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.collective.conclusion')} span={2}>
              {r.collectiveDiscussion.conclusion}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <span className="yb-muted">{t('fraud-cases.collective.none')}</span>
        )}
      </Card>
    </Space>
  );
}

/**
 * 决定: the fine the governing article allows (条例 art. 38: 1–2× the loss; arts. 37, 40, 41: 2–5×) and the range each
 * discretion tier suggests (shared `suggestedFine` under the case's `parameters`: its province's approved 裁量基准 of
 * the year filed, else the national defaults, with their source), then the decision taken.
 */
export function DecisionTab({ record: r }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const article = governingArticle(r.causes);
  const range = articleFineRange(r.causes, r.amountInvolved);
  const d = r.decision;
  // the tiers of the province's 裁量基准 in force for the case (or the national defaults), with their source
  const { tiers: bench, tierSources } = r.parameters;
  const tiers = DISCRETION_TIERS.map((tier) => ({ tier, s: suggestedFine(r.causes, r.amountInvolved, tier, bench, tierSources) }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card size="small" title={t('fraud-cases.suggestion.title')} data-testid="fine-suggestion">
        {article === null || range === null ? (
          <span className="yb-muted">{t('fraud-cases.suggestion.noCause')}</span>
        ) : (
          <>
            <p>{t('fraud-cases.suggestion.range', { article, amount: formatFen(r.amountInvolved), min: formatFen(range.min), max: formatFen(range.max) })}</p>
            <Table
              rowKey="tier"
              size="small"
              pagination={false}
              dataSource={tiers}
              data-testid="fine-tiers"
              rowClassName={({ tier }) => (d?.discretionTier === tier ? 'ant-table-row-selected' : '')}
              columns={[
                { title: t('fraud-cases.suggestion.tier'), dataIndex: 'tier', render: (tier: string) => t(`discretionTiers.${tier}`) },
                {
                  title: t('fraud-cases.suggestion.multiples'),
                  key: 'multiples',
                  render: (_: unknown, { s }) => (s ? `${s.multiples[0] / 10}–${s.multiples[1] / 10}×` : '—'),
                },
                {
                  title: t('fraud-cases.suggestion.fineRange'),
                  key: 'range',
                  render: (_: unknown, { s }) => (s ? `${formatFen(s.min)} – ${formatFen(s.max)}` : '—'),
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {t('fraud-cases.suggestion.source', { source: tiers[0].s?.source ?? '' })} <ParametersBasis parameters={r.parameters} />
            </Typography.Paragraph>
            <details style={{ marginTop: 8 }}>
              <summary>{t('fraud-cases.suggestion.articleText', { article })}</summary>
              <Typography.Paragraph style={{ fontSize: 12 }}>{FRAUD_ARTICLE_TEXTS[article]}</Typography.Paragraph>
              <Space size={[4, 4]} wrap>
                {r.causes.map((c) => (
                  <Tag key={c}>{`${t(`fraudCauses.${c}`)} · 第${FRAUD_CAUSE_BASIS[c].article}条${FRAUD_CAUSE_BASIS[c].clause}`}</Tag>
                ))}
              </Space>
            </details>
          </>
        )}
      </Card>
      <Card size="small" title={t('fraud-cases.decision.title')}>
        {d ? (
          <Descriptions {...small} data-testid="case-decision">
            <Descriptions.Item label={t('fraud-cases.decision.decisionType')}>{t(`fraudDecisionTypes.${d.decisionType}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.decisionNo')}>{d.decisionNo}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.decidedOn')}>{d.decidedOn}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.serviceDueOn')}>
              {r.servedOn ? t('fraud-cases.decision.servedOn', { date: r.servedOn }) : d.serviceDueOn}
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.fine')}>{fen(d.fine)}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.recoup')}>{fen(d.recoup)}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.confiscate')}>{fen(d.confiscate)}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.tier')}>{d.discretionTier ? t(`discretionTiers.${d.discretionTier}`) : none}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.measures')} span={2}>
              {d.measures.length ? d.measures.map((c) => <Tag key={c}>{t(`fraudMeasures.${c}`)}</Tag>) : none}
              {d.suspensionMonths ? t('fraud-cases.decision.months', { months: d.suspensionMonths }) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.decision.reason')} span={2}>
              {d.discretionReason ?? none}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <span className="yb-muted">{t('fraud-cases.decision.none')}</span>
        )}
      </Card>
    </Space>
  );
}

/** 执行: what is owed by kind, the late fee (3 % a day after the payable date, capped at the fine), and every payment. */
export function ExecutionTab({ record: r, buttons }: { record: FraudCaseRecord; buttons: ReactNode }) {
  const { t } = useTranslation();
  const owedTotal = FRAUD_EXECUTION_KINDS.reduce((s, k) => s + (r.owed[k] ?? 0), 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {!r.decision ? (
        <span className="yb-muted">{t('fraud-cases.execution.notDecided')}</span>
      ) : (
        <>
          {r.lateFee > 0 && (
            <Alert type="warning" showIcon message={t('fraud-cases.execution.lateFeeNotice', { fee: formatFen(r.lateFee), date: r.decision.finePayableBy })} />
          )}
          {r.courtEnforcementAccepted && (
            <Alert
              type="info"
              showIcon
              message={t('fraud-cases.execution.court')}
              description={r.courtEnforcement && t('fraud-cases.court.detail', { date: r.courtEnforcement.acceptedOn, no: r.courtEnforcement.documentNo })}
              data-testid="case-court-enforcement-accepted"
            />
          )}
          <Descriptions {...small} data-testid="case-owed">
            {FRAUD_EXECUTION_KINDS.map((k) => (
              <Descriptions.Item key={k} label={t('fraud-cases.execution.owedOf', { kind: t(`fraudExecutionKinds.${k}`) })}>
                {fen(r.owed[k] ?? 0)}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={t('fraud-cases.execution.finePayableBy')}>{r.decision.finePayableBy ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-cases.execution.owedTotal')}>
              <strong data-testid="case-owed-total">{fen(owedTotal)}</strong>
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
      <Card size="small" title={t('fraud-cases.execution.title')} extra={buttons}>
        <Table<FraudExecutionRecord>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={r.executions}
          data-testid="case-executions"
          locale={{ emptyText: t('fraud-cases.execution.empty') }}
          columns={[
            { title: t('fraud-cases.execution.kind'), dataIndex: 'kind', render: (k: string) => t(`fraudExecutionKinds.${k}`) },
            { title: t('fraud-cases.execution.amount'), dataIndex: 'amount', align: 'right', render: fen },
            { title: t('fraud-cases.execution.paidOn'), dataIndex: 'paidOn', width: 110 },
            { title: t('fraud-cases.execution.receiptNo'), dataIndex: 'receiptNo' },
            { title: t('fraud-cases.execution.recordedBy'), dataIndex: 'recordedBy' },
          ]}
        />
      </Card>
    </Space>
  );
}

/** The official documents generated as DOCX from the case (numbered, kept as its attachments). */
const DOCUMENTS = [
  { kind: 'filing_approval', ready: () => true },
  { kind: 'penalty_notice', ready: (r: FraudCaseRecord) => r.notice !== null },
  { kind: 'penalty_decision', ready: (r: FraudCaseRecord) => r.decision !== null },
] as const;

/** 文书: generate 立案审批表, 行政处罚事先告知书, 行政处罚决定书 (each once its step is recorded), and the case's files. */
export function DocumentsTab({ record: r, editable }: { record: FraudCaseRecord; editable: boolean }) {
  const { t } = useTranslation();
  const { run, running } = useRecordAction(CASES);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {editable && (
        <Space wrap data-testid="case-documents">
          {DOCUMENTS.map((d) => (
            <Button
              key={d.kind}
              disabled={!d.ready(r) || running}
              onClick={() => void run(r.id, 'documents', { kind: d.kind }, 'fraud-cases.documents.done')}
              data-testid={`document-${d.kind}`}
            >
              {t('fraud-cases.documents.generate', { kind: t(`fraud-cases.documents.kinds.${d.kind}`) })}
            </Button>
          ))}
        </Space>
      )}
      <Typography.Text type="secondary">{t('fraud-cases.documents.hint')}</Typography.Text>
      <Attachments resource={CASES} id={r.id} editable={false} />
    </Space>
  );
}

/** The pauses (不计入期限) and extensions of the decision deadline. */
export function DeadlineTables({ record: r }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Table<FraudPauseRecord>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.pauses}
        data-testid="case-pauses"
        locale={{ emptyText: t('fraud-cases.pause.none') }}
        columns={[
          { title: t('fraud-cases.pause.kind'), dataIndex: 'kind', render: (k: string) => t(`fraudPauseKinds.${k}`) },
          { title: t('fraud-cases.pause.from'), dataIndex: 'from', width: 110 },
          {
            title: t('fraud-cases.pause.to'),
            dataIndex: 'to',
            width: 110,
            render: (v: string | null) => v ?? <Tag color="blue">{t('fraud-cases.pause.ongoing')}</Tag>,
          },
          { title: t('fraud-cases.pause.days'), dataIndex: 'days', align: 'right', width: 80 },
          { title: t('fraud-cases.execution.recordedBy'), dataIndex: 'recordedBy' },
          { title: '', key: 'end', width: 110, render: (_: unknown, p: FraudPauseRecord) => <EndPauseButton record={r} pause={p} /> },
        ]}
      />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.extensions}
        data-testid="case-extensions"
        locale={{ emptyText: t('fraud-cases.extension.none') }}
        columns={[
          { title: t('fraud-cases.extension.days'), dataIndex: 'days', width: 90, align: 'right' },
          { title: t('fraud-cases.extension.reason'), dataIndex: 'reason' },
          {
            title: t('fraud-cases.extension.collective'),
            dataIndex: 'collective',
            width: 110,
            render: (v: boolean) => (v ? t('workflow.yes') : t('workflow.no')),
          },
          { title: t('fraud-cases.extension.approvedBy'), dataIndex: 'approvedBy' },
          { title: t('fraud-cases.extension.at'), dataIndex: 'at', width: 110, render: (v: string) => v.slice(0, 10) },
        ]}
      />
    </Space>
  );
}
