import type { FraudClueRecord, FraudClueRevealed, FraudReporter } from '@yibao/shared';
import { Button, Card, DatePicker, Descriptions, Form, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BesideHistory } from '../../../components/BesideHistory';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { RecordDialogButton } from '../../../components/RecordDialog';
import { RegionLabel } from '../../../components/RegionName';
import { RevealButton } from '../../../components/RevealButton';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowRecordNotices } from '../../../components/WorkflowHistory';
import { WorkflowShow } from '../../../components/WorkflowShow';
import { WorkflowStateTag } from '../../../components/WorkflowStateTag';
import { dateField } from '../../../components/dates';
import { formatFen } from '../../../components/money';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { CLUES, afterToday, chinaToday } from '../components/codes';
import { ParametersBasis } from '../components/ParametersBasis';

const none = <span className="yb-muted">—</span>;

/** What `POST /api/fraud-clues/:id/reveal` answers (audited); read leniently: either part may be missing. */
type Revealed = Partial<FraudClueRevealed>;

/** The reporter, masked unless the user is one of the clue's handlers or has revealed it (audited) on this page. */
function Reporter({ clue, revealed }: { clue: FraudClueRecord; revealed: Revealed | undefined }) {
  const { t } = useTranslation();
  const shown: FraudReporter | null = revealed?.reporter ?? clue.reporter;
  if (!shown) return <span className="yb-muted">{t('fraud-clues.anonymous')}</span>;
  return (
    <Space size={6} wrap data-testid="clue-reporter">
      <span>{shown.name}</span>
      {shown.phone && <span className="yb-mono">{shown.phone}</span>}
      {revealed?.reporter ? (
        <Tag color="red" style={{ color: '#a8071a' }}>
          {t('reveal.audited')}
        </Tag>
      ) : (
        shown.masked && <Tag>{t('fraud-clues.masked')}</Tag>
      )}
    </Space>
  );
}

/**
 * One clue: what it says and whom it is about, the filing-decision deadline (15 working days, +15 once extended:
 * 令第4号 art. 14), the reporter (masked for everyone but the handlers and the province; 查看 is audited), the
 * workflow actions (核查, 批准立案 with officers and causes, 不予立案, 移送, 延长), the case it became, and the record of
 * telling a named reporter (5 working days after the decision).
 */
export default function FraudClueShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<FraudClueRecord>();
  const [revealed, setRevealed] = useState<Revealed>();
  if (notFound) return <StatusPage status={404} />;
  const title = r ? t('fraud-clues.recordTitle', { id: r.id, source: t(`fraudClueSources.${r.source}`) }) : undefined;
  const noticeDue = r && r.reporter && r.reporterNoticeDueOn && !r.reporterNotifiedOn;
  return (
    <WorkflowShow
      resource={CLUES}
      record={r}
      title={title}
      isLoading={query.isLoading}
      explain={(action) => (action === 'extend' && r ? { note: t('fraud-clues.extendRule', { date: r.verifyDueOn }), commentRequired: true } : undefined)}
      buttons={
        r && (
          <>
            {r.caseId !== null && (
              <Link to={`/fraud-cases/show/${r.caseId}`} data-testid="clue-case-link">
                <Button>{t('fraud-clues.openCase')}</Button>
              </Link>
            )}
            {noticeDue && (
              <RecordDialogButton<{ notifiedOn: string }>
                resource={CLUES}
                id={r.id}
                path="reporter-notice"
                toBody={(v) => ({ notifiedOn: v.notifiedOn, version: r.version })}
                doneMessage={t('fraud-clues.reporterNotice.done')}
                label={t('fraud-clues.reporterNotice.button')}
                okText={t('buttons.save')}
                initialValues={{ notifiedOn: chinaToday().format('YYYY-MM-DD') }}
                testId="reporter-notice"
              >
                <p className="yb-muted">{t('fraud-clues.reporterNotice.hint', { date: r.reporterNoticeDueOn })}</p>
                <Form.Item label={t('fraud-clues.fields.reporterNotifiedOn')} name="notifiedOn" {...dateField} rules={[{ required: true }]}>
                  <DatePicker disabledDate={afterToday} allowClear={false} />
                </Form.Item>
              </RecordDialogButton>
            )}
          </>
        )
      }
    >
      {r && (
        <>
          <WorkflowRecordNotices
            resource={CLUES}
            record={r}
            overdue={r.overdue && t('fraud-clues.overdueNotice', { date: r.verifyDueOn })}
            testId="clue-overdue"
          />
          <DetailDescriptions>
            <Descriptions.Item label={t('fraud-clues.fields.summary')} span={2}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.summary}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.region')}>
              <RegionLabel name={r.regionName} code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.state')}>
              <WorkflowStateTag resource={CLUES} state={r.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.source')}>{t(`fraudClueSources.${r.source}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.receivedOn')}>{r.receivedOn}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.subjectType')}>{t(`fraudPartyTypes.${r.subjectType}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.institution')}>
              {r.institutionCode ? `${r.institutionName ?? ''} ${r.institutionCode}`.trim() : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.idNumber')}>
              {r.idNumber ? <span className="yb-mono">{revealed?.idNumber ?? r.idNumber}</span> : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.estimatedAmount')}>
              <span className="yb-mono">{formatFen(r.estimatedAmount)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.reporter')} span={2}>
              <Space size={6} wrap>
                <Reporter clue={r} revealed={revealed} />
                {!revealed && (r.reporter?.masked || r.idNumber) && (
                  <RevealButton<Revealed>
                    resource={CLUES}
                    id={r.id}
                    title={t('fraud-clues.reveal.title', { id: r.id })}
                    warning={t('fraud-clues.reveal.warning')}
                    label={t('fraud-clues.reveal.button')}
                    onRevealed={setRevealed}
                  />
                )}
                {revealed && (
                  <Button size="small" type="link" onClick={() => setRevealed(undefined)}>
                    {t('reveal.hide')}
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.verifyDueOn')}>
              <Space size={4} wrap>
                {r.verifyDueOn}
                {r.extended && <Tag color="orange">{t('fraud-clues.extended')}</Tag>}
                {r.verifyDueApproximate && <Tag>{t('fraud-clues.approximate')}</Tag>}
                <ParametersBasis parameters={r.parameters} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.case')}>
              {r.caseId !== null ? <Link to={`/fraud-cases/show/${r.caseId}`}>{t('fraud-clues.caseNo', { id: r.caseId })}</Link> : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.reporterNoticeDueOn')}>{r.reporterNoticeDueOn ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-clues.fields.reporterNotifiedOn')}>
              <span data-testid="reporter-notified-on">{r.reporterNotifiedOn ?? none}</span>
            </Descriptions.Item>
            {r.outcomeComment && (
              <Descriptions.Item label={t('fraud-clues.fields.outcomeComment')} span={2}>
                {r.outcomeComment}
              </Descriptions.Item>
            )}
          </DetailDescriptions>
          <BesideHistory resource={CLUES} id={r.id}>
            <Card size="small" title={t('fraud-clues.deadlines')}>
              <p>{t('fraud-clues.deadlineRule')}</p>
              <p className="yb-muted" style={{ marginBottom: 0 }}>
                {t('fraud-clues.reporterRule')}
              </p>
            </Card>
          </BesideHistory>
        </>
      )}
    </WorkflowShow>
  );
}
